using System.Collections.Immutable;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Layout;

/// <summary>
/// Hands out structure element ids for one layout run, in reading order, under a Document root. Elements are
/// created as the flow is built (blocks, notes, figures) and, for links, as lines are placed; each element's
/// parent exists before it, which the PDF writer relies on.
/// </summary>
internal sealed class StructureBuilder
{
    private readonly List<StructureElement> _elements = [];

    public StructureBuilder() => Root = Add(null, StructureRole.Document);

    public int Root { get; }

    public int Add(int? parent, StructureRole role, string? altText = null, string? language = null)
    {
        var id = _elements.Count;
        _elements.Add(new StructureElement(id, parent, role, altText, language));
        return id;
    }

    /// <summary>A table cell spanning <paramref name="columnSpan"/> columns and <paramref name="rowSpan"/> rows.</summary>
    public int AddCell(int parent, StructureRole role, int columnSpan, int rowSpan)
    {
        var id = _elements.Count;
        _elements.Add(new StructureElement(id, parent, role) { ColumnSpan = columnSpan, RowSpan = rowSpan });
        return id;
    }

    public ImmutableArray<StructureElement> Elements => [.. _elements];
}
