using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Publish.Manuscript.Tests.Input;

/// <summary>Minimal well-formed image containers built by the tests (no image files are committed).</summary>
internal static class TestImageBytes
{
    public static byte[] Png(int width, int height)
    {
        var raw = new byte[height * (1 + (width * 3))];
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8;
        ihdr[9] = 2;
        var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", ihdr);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>Baseline JPEG container: SOI, SOF0 (one component), SOS, one data byte, EOI.</summary>
    public static byte[] Jpeg(int width, int height) =>
    [
        0xFF, 0xD8,
        0xFF, 0xC0, 0x00, 0x0B, 0x08, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 0x01, 0x01, 0x11, 0x00,
        0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00,
        0x00,
        0xFF, 0xD9,
    ];

    public static byte[] Gif(int frames)
    {
        byte[] screen = [.. "GIF89a"u8, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00];
        byte[] frame = [0x21, 0xF9, 0x04, 0x00, 0x0A, 0x00, 0x00, 0x00, 0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00];
        return [.. screen, .. Enumerable.Repeat(frame, frames).SelectMany(f => f), 0x3B];
    }

    /// <summary>A lossless WebP header (VP8L) declaring <paramref name="width"/> × <paramref name="height"/>.</summary>
    public static byte[] WebPLossless(int width, int height)
    {
        var w = width - 1;
        var h = height - 1;
        byte[] vp8l = [0x2F, (byte)w, (byte)(((w >> 8) & 0x3F) | ((h & 0x03) << 6)), (byte)(h >> 2), (byte)((h >> 10) & 0x0F), 0, 0, 0, 0, 0];
        var riff = new MemoryStream();
        riff.Write("RIFF"u8);
        riff.Write(BitConverter.GetBytes(4 + 8 + vp8l.Length));
        riff.Write("WEBPVP8L"u8);
        riff.Write(BitConverter.GetBytes(vp8l.Length));
        riff.Write(vp8l);
        return riff.ToArray();
    }

    public static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        png.Write(word);
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        png.Write(typed);
        var crc = 0xFFFFFFFFu;
        foreach (var b in typed)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(word, ~crc);
        png.Write(word);
    }
}
