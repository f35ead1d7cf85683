using Publish.Pdf.Color;
using Publish.Pdf.Structure;
using Publish.Pdf.Syntax;
using Publish.Typesetting.Frames;

namespace Publish.Pdf;

/// <summary>Everything writing one page needs: the page, its object numbers and the document-wide collectors.</summary>
internal sealed record PageWriting(
    PdfObjectTable Table,
    PageFrame Page,
    int PageIndex,
    int PageId,
    int PagesId,
    ResourceRegistry Resources,
    HashSet<int> TransparentImages,
    StructureTreeWriter Structure,
    PrintMarks Marks,
    DocumentColor Color);
