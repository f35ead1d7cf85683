using SkiaSharp;

namespace Publish.Epub.Tests;

/// <summary>Images generated at test time: nothing binary is committed.</summary>
internal static class TestImages
{
    /// <summary>A landscape JPEG (wide × high) whose left half is red and right half blue, tagged with EXIF orientation.</summary>
    public static byte[] JpegWithOrientation(int width, int height, ushort orientation)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var red = new SKPaint { Color = SKColors.Red };
            using var blue = new SKPaint { Color = SKColors.Blue };
            canvas.DrawRect(new SKRect(0, 0, width / 2f, height), red);
            canvas.DrawRect(new SKRect(width / 2f, 0, width, height), blue);
        }

        var jpeg = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90).ToArray();
        return InsertExifOrientation(jpeg, orientation);
    }

    public static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0x20, 0x80, 0x40, 0x80));
        }

        return bitmap.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }

    /// <summary>An upright JPEG of random pixels: too noisy to compress, so larger than a first read of the file's head.</summary>
    public static byte[] NoisyJpeg(int width, int height)
    {
        var random = new Random(15);
        using var bitmap = new SKBitmap(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                bitmap.SetPixel(x, y, new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)));
            }
        }

        return bitmap.Encode(SKEncodedImageFormat.Jpeg, 90).ToArray();
    }

    /// <summary>
    /// A PNG whose IHDR declares <paramref name="width"/> × <paramref name="height"/> (checksum right) over a small
    /// image's data: a codec reads the size from it, and only a decode would find the data too short.
    /// </summary>
    public static byte[] PngDeclaring(int width, int height)
    {
        var png = Png(2, 2);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), height);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), System.IO.Hashing.Crc32.HashToUInt32(png.AsSpan(12, 17)));
        return png;
    }

    /// <summary>Adds an APP1 Exif segment (big-endian TIFF, one IFD entry 0x0112) right after the JPEG's SOI marker.</summary>
    private static byte[] InsertExifOrientation(byte[] jpeg, ushort orientation)
    {
        byte[] tiff =
        [
            (byte)'M', (byte)'M', 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08,
            0x00, 0x01,
            0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, (byte)(orientation >> 8), (byte)orientation, 0x00, 0x00,
            0x00, 0x00, 0x00, 0x00,
        ];
        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var length = payload.Length + 2;
        var segment = new byte[] { 0xFF, 0xE1, (byte)(length >> 8), (byte)length }.Concat(payload);
        return jpeg.Take(2).Concat(segment).Concat(jpeg.Skip(2)).ToArray();
    }
}
