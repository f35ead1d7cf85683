using System.Collections.Immutable;

namespace Publish.Typesetting.Frames;

/// <summary>
/// The typeset print edition: pages of positioned items, plus what the PDF needs besides the pages
/// (document information, the bookmark outline). Everything the PDF writer knows comes from here.
/// </summary>
public sealed record PagedDocument(
    ImmutableArray<PageFrame> Pages,
    PdfDocumentInfo Info,
    ImmutableArray<OutlineEntry> Outline);
