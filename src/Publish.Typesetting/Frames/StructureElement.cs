namespace Publish.Typesetting.Frames;

/// <summary>
/// A node of the logical structure (the tagged PDF structure tree). <see cref="ParentId"/> is null only for the
/// root. Siblings are read in the order of their <see cref="Id"/>s, which the layout hands out in reading order.
/// <see cref="AltText"/> is required for figures; <see cref="Language"/> is set only where it differs from the
/// document's. Content refers to its element through a frame item's <c>StructureId</c>; content without one is
/// an artifact (running footer, rules, ornaments) that reading tools skip.
/// </summary>
public sealed record StructureElement(int Id, int? ParentId, StructureRole Role, string? AltText = null, string? Language = null)
{
    /// <summary>How many columns a table cell spans (its <c>/ColSpan</c> attribute when more than 1, ISO 32000-1 Table 349).</summary>
    public int ColumnSpan { get; init; } = 1;

    /// <summary>How many rows a table cell spans (its <c>/RowSpan</c> attribute when more than 1).</summary>
    public int RowSpan { get; init; } = 1;
}
