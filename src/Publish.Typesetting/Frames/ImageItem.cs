namespace Publish.Typesetting.Frames;

/// <summary>
/// An image placed in the rectangle whose top-left corner is (<see cref="X"/>, <see cref="Y"/>).
/// <see cref="Path"/> is a file the reader already checked; the PDF writer passes JPEG through and
/// decodes other formats. <see cref="AltText"/> goes into the structure tree.
/// </summary>
public sealed record ImageItem(string Path, double X, double Y, double Width, double Height, string? AltText) : FrameItem
{
    /// <summary>The figure's <see cref="StructureElement.Id"/>; null marks the image as decoration (an artifact).</summary>
    public int? StructureId { get; init; }

    /// <summary>The reader's facts about the file (format, pixel size, orientation), so the PDF writer need not read its header.</summary>
    public Publish.Model.Blocks.ImageFacts? Facts { get; init; }
}
