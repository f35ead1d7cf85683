using SkiaSharp;

namespace Publish.Engine.Tests.Hostile;

/// <summary>
/// A photo-like JPEG (noise, so the scan is long and every block has coefficients) damaged only inside its
/// entropy-coded scan: the markers, the frame and the end-of-image marker stay where a container walk finds them.
/// </summary>
internal static class DamagedJpeg
{
    /// <param name="damage">"scan bytes flipped", "scan cut short", or null for the sound file.</param>
    public static byte[] Make(string? damage)
    {
        var jpeg = Sound();
        var scan = ScanStart(jpeg);
        var end = jpeg.Length - 2; // FF D9
        switch (damage)
        {
            case null:
                return jpeg;
            case "scan bytes flipped":
                // Every 5th byte of the scan's middle half inverted; never into or out of FF (a marker or its stuffing).
                for (var i = scan + ((end - scan) / 4); i < scan + (3 * (end - scan) / 4); i += 5)
                {
                    var flipped = (byte)~jpeg[i];
                    if (jpeg[i] != 0xFF && flipped != 0xFF && jpeg[i - 1] != 0xFF)
                    {
                        jpeg[i] = flipped;
                    }
                }

                return jpeg;
            case "scan cut short":
                return [.. jpeg[..(scan + ((end - scan) / 3))], 0xFF, 0xD9];
            default:
                throw new ArgumentException(damage, nameof(damage));
        }
    }

    private static byte[] Sound()
    {
        const int width = 320, height = 240;
        var random = new Random(14);
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                bitmap.SetPixel(x, y, new SKColor((byte)random.Next(256), (byte)((x + y) & 0xFF), (byte)random.Next(256)));
            }
        }

        using var encoded = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        return encoded.ToArray();
    }

    /// <summary>The first byte after the SOS segment.</summary>
    private static int ScanStart(byte[] jpeg)
    {
        var i = 2;
        while (jpeg[i + 1] != 0xDA)
        {
            i += 2 + ((jpeg[i + 2] << 8) | jpeg[i + 3]);
        }

        return i + 2 + ((jpeg[i + 2] << 8) | jpeg[i + 3]);
    }
}
