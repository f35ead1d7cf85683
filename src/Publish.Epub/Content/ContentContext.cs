using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Diagnostics;

namespace Publish.Epub.Content;

/// <summary>What every content document of one book shares while it is written.</summary>
internal sealed record ContentContext(
    Document Document,
    EpubWriterOptions Options,
    EditionLabels Labels,
    Institution? Institution,
    PageBreakIndex Pages,
    IReadOnlyDictionary<FigureBlock, ImageAsset> Images,
    ImageAsset? Cover,
    List<TocEntry> Toc,
    DiagnosticBag Diagnostics)
{
    public BookIds Ids { get; } = new();
}
