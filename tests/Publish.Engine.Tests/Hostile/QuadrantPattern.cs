namespace Publish.Engine.Tests.Hostile;

/// <summary>
/// The picture every rendering test draws: four quadrants of distinct colours on a 3:2 landscape. Any of the eight
/// EXIF transforms moves at least one colour to another quadrant or makes the picture portrait, so sampling the four
/// quadrant centres tells both "upright" and "colours right". Quadrant boundaries fall on multiples of 16 pixels, so
/// JPEG chroma subsampling never mixes two colours in one block.
/// </summary>
internal static class QuadrantPattern
{
    public const int Width = 96;
    public const int Height = 64;

    /// <summary>Top-left, top-right, bottom-left, bottom-right.</summary>
    public static readonly (byte R, byte G, byte B)[] Colours = [(220, 30, 30), (30, 170, 60), (30, 60, 210), (240, 210, 40)];

    /// <summary>Grey levels for the grey colour types, in the same quadrant order.</summary>
    public static readonly byte[] Greys = [30, 100, 170, 235];

    public static int Quadrant(int x, int y, int width, int height) => (y < height / 2 ? 0 : 2) + (x < width / 2 ? 0 : 1);

    public static (byte R, byte G, byte B, byte A) Colour(int x, int y, int width, int height)
    {
        var (r, g, b) = Colours[Quadrant(x, y, width, height)];
        return (r, g, b, 255);
    }

    public static (byte R, byte G, byte B, byte A) Grey(int x, int y, int width, int height)
    {
        var level = Greys[Quadrant(x, y, width, height)];
        return (level, level, level, 255);
    }

    /// <summary>
    /// The stored pixel (<paramref name="x"/>, <paramref name="y"/>) of an image whose EXIF orientation is
    /// <paramref name="orientation"/> mapped to where a reader shows it upright (TIFF 6.0 tag 274: the value names the
    /// sides where the stored row 0 and column 0 belong). Upright size <paramref name="width"/>×<paramref name="height"/>.
    /// </summary>
    public static (int X, int Y) Displayed(int orientation, int x, int y, int width, int height) => orientation switch
    {
        1 => (x, y),
        2 => (width - 1 - x, y),
        3 => (width - 1 - x, height - 1 - y),
        4 => (x, height - 1 - y),
        5 => (y, x),
        6 => (width - 1 - y, x),
        7 => (width - 1 - y, height - 1 - x),
        8 => (y, height - 1 - x),
        _ => throw new ArgumentOutOfRangeException(nameof(orientation)),
    };
}
