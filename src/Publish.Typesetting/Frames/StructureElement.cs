namespace Publish.Typesetting.Frames;

/// <summary>
/// A node of the logical structure (the tagged PDF structure tree). <see cref="ParentId"/> is null only for the
/// root. Siblings are read in the order of their <see cref="Id"/>s, which the layout hands out in reading order.
/// <see cref="AltText"/> is required for figures; <see cref="Language"/> is set only where it differs from the
/// document's. Content refers to its element through a frame item's <c>StructureId</c>; content without one is
/// an artifact (running footer, rules, ornaments) that reading tools skip.
/// </summary>
public sealed record StructureElement(int Id, int? ParentId, StructureRole Role, string? AltText = null, string? Language = null);
