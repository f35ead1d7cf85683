namespace Publish.Model.Blocks;

/// <summary>
/// An image file the reader has resolved and checked to lie inside the manuscript's folder.
/// <see cref="Path"/> is absolute. <see cref="AltText"/> is the author's description, if any; writers fall
/// back to the caption. <see cref="Facts"/> are what the reader's check measured; null only for a model built
/// in code without them, which the print layout sets as a caption without its photo.
/// </summary>
public sealed record ImageSource(string Path, string? AltText)
{
    public ImageFacts? Facts { get; init; }
}
