using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Publish.Engine.Tests.Hostile;

/// <summary>Small images written by the tests themselves (no image files are committed).</summary>
internal static class TestImages
{
    /// <summary>An 8-bit RGB PNG of one colour, with an optional tEXt chunk (a marker to search for in outputs).</summary>
    public static byte[] Png(int width, int height, (byte R, byte G, byte B) colour, string? text = null)
    {
        var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            raw.WriteByte(0); // filter: none
            for (var x = 0; x < width; x++)
            {
                raw.WriteByte(colour.R);
                raw.WriteByte(colour.G);
                raw.WriteByte(colour.B);
            }
        }

        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            raw.Position = 0;
            raw.CopyTo(zlib);
        }

        var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        WriteChunk(png, "IHDR", Ihdr(width, height));
        if (text is not null)
        {
            WriteChunk(png, "tEXt", Encoding.Latin1.GetBytes("Comment\0" + text));
        }

        WriteChunk(png, "IDAT", compressed.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A well-formed PNG signature and IHDR declaring <paramref name="width"/> × <paramref name="height"/>, then one tiny IDAT and IEND: a decompression bomb's header.</summary>
    public static byte[] PngClaiming(int width, int height)
    {
        var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        WriteChunk(png, "IHDR", Ihdr(width, height));
        WriteChunk(png, "IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A 1×1 GIF with two frames (two graphic control extensions and image descriptors).</summary>
    public static byte[] TwoFrameGif()
    {
        byte[] screen = [.. "GIF89a"u8, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00];
        byte[] frame = [0x21, 0xF9, 0x04, 0x00, 0x0A, 0x00, 0x00, 0x00, 0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00];
        return [.. screen, .. frame, .. frame, 0x3B];
    }

    private static byte[] Ihdr(int width, int height)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // colour type: RGB
        return ihdr;
    }

    /// <summary>One PNG chunk: length, type, data, CRC-32 over type and data.</summary>
    internal static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(length, System.IO.Hashing.Crc32.HashToUInt32(typed));
        png.Write(length);
    }
}
