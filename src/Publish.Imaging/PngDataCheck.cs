using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;

namespace Publish.Imaging;

/// <summary>
/// Inflates a PNG's image data as a stream (the IDAT chunks in order) and checks that it holds every row the
/// header promises, each behind a valid filter type: SkiaSharp's PNG decoder cannot give rows one at a time, so a
/// decode to check a poster would take its full size in memory; this takes a few kilobytes. Chunk checksums are
/// the container walk's (ImageInspector).
/// </summary>
public static class PngDataCheck
{
    /// <returns>Null when the data inflates to every row; otherwise the damage, for a message.</returns>
    public static string? Problem(Stream file)
    {
        ArgumentNullException.ThrowIfNull(file);
        Span<byte> header = stackalloc byte[8 + 8 + 13];
        if (file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length || !header[12..16].SequenceEqual("IHDR"u8))
        {
            return "it does not begin with an IHDR chunk";
        }

        var ihdr = header[16..];
        long width = BinaryPrimitives.ReadUInt32BigEndian(ihdr), height = BinaryPrimitives.ReadUInt32BigEndian(ihdr[4..]);
        int depth = ihdr[8], colourType = ihdr[9], interlace = ihdr[12];
        var channels = colourType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, 6 => 4, _ => 0 };
        if (channels == 0 || depth is not (1 or 2 or 4 or 8 or 16) || interlace > 1)
        {
            return "its header is invalid";
        }

        var bitsPerPixel = channels * depth;
        var rows = interlace == 0 ? [(width, height)] : Passes(width, height);
        file.Seek(4, SeekOrigin.Current); // IHDR's CRC
        try
        {
            using var data = new ZLibStream(new IdatStream(file), CompressionMode.Decompress);
            var row = new byte[(int)Math.Min(((width * bitsPerPixel) + 7) / 8, int.MaxValue - 1) + 1];
            foreach (var (passWidth, passHeight) in rows)
            {
                if (passWidth == 0 || passHeight == 0)
                {
                    continue;
                }

                var length = (int)((((passWidth * bitsPerPixel) + 7) / 8) + 1);
                for (var y = 0L; y < passHeight; y++)
                {
                    if (data.ReadAtLeast(row.AsSpan(0, length), length, throwOnEndOfStream: false) < length)
                    {
                        return string.Create(CultureInfo.InvariantCulture, $"its image data ends early, at row {y:N0} of {passHeight:N0} (the file is truncated or corrupt)");
                    }

                    if (row[0] > 4)
                    {
                        return "a row has an invalid filter type (the image data is corrupt)";
                    }
                }
            }
        }
        catch (InvalidDataException)
        {
            return "its compressed image data is corrupt";
        }

        return null;
    }

    /// <summary>The seven Adam7 passes' sizes (ISO 15948 §8.2).</summary>
    private static (long, long)[] Passes(long width, long height)
    {
        (int X, int Y, int Dx, int Dy)[] passes = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)];
        return [.. passes.Select(p => ((width - p.X + p.Dx - 1) / p.Dx, (height - p.Y + p.Dy - 1) / p.Dy))];
    }
}
