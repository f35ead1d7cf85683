using System.Collections.Immutable;

namespace Publish.Typesetting.Frames;

/// <summary>
/// The typeset print edition: pages of positioned items, plus what the PDF needs besides the pages
/// (document information, the bookmark outline, the logical structure, printer's marks). Everything the PDF
/// writer knows comes from here. With a non-empty <see cref="Structure"/> the PDF is tagged.
/// </summary>
public sealed record PagedDocument(
    ImmutableArray<PageFrame> Pages,
    DocumentInfo Info,
    ImmutableArray<OutlineEntry> Outline)
{
    /// <summary>The structure tree, root first, every element's parent listed before it; empty for an untagged PDF.</summary>
    public ImmutableArray<StructureElement> Structure { get; init; } = [];

    public PrintMarks Marks { get; init; } = PrintMarks.None;
}
