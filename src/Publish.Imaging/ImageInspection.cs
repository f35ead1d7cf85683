using System.Globalization;
using Publish.Model.Blocks;

namespace Publish.Imaging;

/// <summary>
/// What <see cref="ImageInspector"/> found: the format, stored size and orientation of a sound image, or why it is
/// refused (<see cref="Refusal"/> non-null, <see cref="Problem"/> the reason for a message). <see cref="Frames"/> is
/// above 1 only for animations. <see cref="Format"/> is the format's name as messages spell it ("PNG", "JPEG").
/// </summary>
public sealed record ImageInspection(string Format, int Width, int Height, int Frames, ImageRefusal? Refusal, string? Problem)
{
    /// <summary>The orientation a viewer applies (TIFF 1–8, EXIF or XMP: <see cref="ImageOrientation"/>); 1 when none.</summary>
    public int Orientation { get; init; } = ExifOrientation.Upright;

    public bool IsSound => Refusal is null;

    /// <summary>The facts the model keeps about a sound image, so no later stage reads its header again; null when refused.</summary>
    public ImageFacts? Facts => IsSound ? new ImageFacts(FormatOf(Format), Width, Height, Orientation) : null;

    public static ImageInspection Sound(string format, int width, int height, int frames = 1) => new(format, width, height, frames, null, null);

    public static ImageInspection Unreadable(string format, string problem) => new(format, 0, 0, 0, ImageRefusal.Unreadable, problem);

    public static ImageInspection TooLarge(string format, long width, long height) =>
        new(format, 0, 0, 0, ImageRefusal.TooLarge,
            string.Create(CultureInfo.InvariantCulture, $"it declares {width} × {height} pixels, more than the limit of {ImageLimits.MaxPixels:N0}"));

    private static ImageFormat FormatOf(string name) => name switch
    {
        "PNG" => ImageFormat.Png,
        "JPEG" => ImageFormat.Jpeg,
        "GIF" => ImageFormat.Gif,
        "WebP" => ImageFormat.WebP,
        _ => throw new InvalidOperationException($"A sound image of unknown format '{name}'."),
    };
}
