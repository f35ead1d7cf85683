using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Publish.Engine.Tests.Hostile;

/// <summary>
/// A PNG encoder for the colour types and depths SkiaSharp does not write: grey (0), RGB (2), palette (3, with tRNS
/// when a colour is translucent), grey+alpha (4) and RGBA (6), 8 or 16 bits a sample, optionally Adam7-interlaced.
/// Every row uses filter 0; the point is the container and sample layout, not compression.
/// </summary>
internal static class PatternPng
{
    public const int Grey = 0;
    public const int Rgb = 2;
    public const int Palette = 3;
    public const int GreyAlpha = 4;
    public const int Rgba = 6;

    /// <summary>The seven Adam7 passes: start x, start y, step x, step y.</summary>
    private static readonly (int X, int Y, int Dx, int Dy)[] Adam7 =
        [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)];

    public static byte[] Encode(int colourType, int bitDepth, bool interlaced, int width, int height, Func<int, int, (byte R, byte G, byte B, byte A)> pixel)
    {
        var palette = new List<(byte R, byte G, byte B, byte A)>();
        if (colourType == Palette)
        {
            for (var y = 0; y < height; y++)
            {
                for (var x = 0; x < width; x++)
                {
                    if (!palette.Contains(pixel(x, y)))
                    {
                        palette.Add(pixel(x, y));
                    }
                }
            }
        }

        var raw = new MemoryStream();
        foreach (var (startX, startY, dx, dy) in interlaced ? Adam7 : [(0, 0, 1, 1)])
        {
            // A pass with no pixels has no rows at all, not even filter bytes.
            if (startX >= width || startY >= height)
            {
                continue;
            }

            for (var y = startY; y < height; y += dy)
            {
                raw.WriteByte(0);
                for (var x = startX; x < width; x += dx)
                {
                    var p = pixel(x, y);
                    byte[] samples = colourType switch
                    {
                        Grey => [p.R],
                        Rgb => [p.R, p.G, p.B],
                        Palette => [(byte)palette.IndexOf(p)],
                        GreyAlpha => [p.R, p.A],
                        Rgba => [p.R, p.G, p.B, p.A],
                        _ => throw new ArgumentOutOfRangeException(nameof(colourType)),
                    };

                    foreach (var sample in samples)
                    {
                        // 16-bit samples scale 8-bit values by 257, so v and v·257/65535 are the same colour.
                        raw.WriteByte(sample);
                        if (bitDepth == 16)
                        {
                            raw.WriteByte(sample);
                        }
                    }
                }
            }
        }

        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw.ToArray());
        }

        var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = (byte)bitDepth;
        ihdr[9] = (byte)colourType;
        ihdr[12] = interlaced ? (byte)1 : (byte)0;
        TestImages.WriteChunk(png, "IHDR", ihdr);
        if (colourType == Palette)
        {
            TestImages.WriteChunk(png, "PLTE", [.. palette.SelectMany(c => new[] { c.R, c.G, c.B })]);
            if (palette.Any(c => c.A != 255))
            {
                TestImages.WriteChunk(png, "tRNS", [.. palette.Select(c => c.A)]);
            }
        }

        TestImages.WriteChunk(png, "IDAT", compressed.ToArray());
        TestImages.WriteChunk(png, "IEND", []);
        return png.ToArray();
    }
}
