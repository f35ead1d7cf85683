namespace Publish.Model.Blocks;

/// <summary>
/// An image file the reader has resolved and checked to lie inside the manuscript's folder.
/// <see cref="Path"/> is absolute. <see cref="AltText"/> is the author's description, if any; writers fall
/// back to the caption.
/// </summary>
public sealed record ImageSource(string Path, string? AltText);
