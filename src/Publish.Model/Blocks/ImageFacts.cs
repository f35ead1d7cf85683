namespace Publish.Model.Blocks;

/// <summary>
/// What the reader learned about a figure's image file when it checked it: the format, the pixel size stored in
/// the file and the orientation a viewer applies (EXIF/XMP 1–8, 1 when none). Read once, from the header, so
/// layout and both writers never parse the file's header again.
/// </summary>
public sealed record ImageFacts(ImageFormat Format, int PixelWidth, int PixelHeight, int Orientation = 1)
{
    /// <summary>Orientations 5–8 turn the picture a quarter: its width as seen is the stored height.</summary>
    public bool IsQuarterTurned => Orientation >= 5;

    /// <summary>The width in pixels as a reader sees the picture (after orientation).</summary>
    public int DisplayWidth => IsQuarterTurned ? PixelHeight : PixelWidth;

    /// <summary>The height in pixels as a reader sees the picture (after orientation).</summary>
    public int DisplayHeight => IsQuarterTurned ? PixelWidth : PixelHeight;
}
