using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SkiaSharp;

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

    /// <summary>
    /// A real baseline JPEG, encoded by SkiaSharp, that decodes completely: the inspector decodes every figure,
    /// so a container with no real scan data is refused. Grey bands keep it small whatever its size.
    /// </summary>
    public static byte[] Jpeg(int width, int height)
    {
        using var bitmap = Banded(width, height);
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }

    /// <summary>Only a baseline JPEG's headers (SOI, SOF0 declaring <paramref name="width"/> × <paramref name="height"/>, SOS, one data byte, EOI): for sizes too large to encode.</summary>
    public static byte[] JpegHeader(int width, int height) =>
    [
        0xFF, 0xD8,
        0xFF, 0xC0, 0x00, 0x0B, 0x08, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 0x01, 0x01, 0x11, 0x00,
        0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00,
        0x00,
        0xFF, 0xD9,
    ];

    /// <summary>A real lossless WebP (VP8L), encoded by SkiaSharp, that decodes completely.</summary>
    public static byte[] WebP(int width, int height)
    {
        using var bitmap = Banded(width, height);
        using var pixmap = bitmap.PeekPixels() ?? throw new InvalidOperationException("the bitmap has no pixels");
        using var data = pixmap.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossless, 100)) ?? throw new InvalidOperationException("SkiaSharp could not encode a WebP");
        return data.ToArray();
    }

    public static byte[] Gif(int frames)
    {
        byte[] screen = [.. "GIF89a"u8, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00];
        byte[] frame = [0x21, 0xF9, 0x04, 0x00, 0x0A, 0x00, 0x00, 0x00, 0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00];
        return [.. screen, .. Enumerable.Repeat(frame, frames).SelectMany(f => f), 0x3B];
    }

    /// <summary>Only a lossless WebP's header (VP8L, no real bitstream) declaring <paramref name="width"/> × <paramref name="height"/>.</summary>
    public static byte[] WebPLosslessHeader(int width, int height)
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

    /// <summary>An opaque bitmap of horizontal grey bands (smooth, so it encodes small, yet not blank).</summary>
    private static SKBitmap Banded(int width, int height)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        using var grey = new SKPaint { Color = new SKColor(0x60, 0x60, 0x60) };
        for (var y = 0; y < height; y += 16)
        {
            canvas.DrawRect(new SKRect(0, y, width, y + 8), grey);
        }

        return bitmap;
    }

    public static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        png.Write(word);
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(word, System.IO.Hashing.Crc32.HashToUInt32(typed));
        png.Write(word);
    }
}
