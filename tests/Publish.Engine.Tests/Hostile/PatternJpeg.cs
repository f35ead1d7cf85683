using System.Buffers.Binary;
using SkiaSharp;

namespace Publish.Engine.Tests.Hostile;

/// <summary>
/// JPEGs of the quadrant pattern as cameras write them: the sensor's pixels stored as they came, with an EXIF
/// orientation (1–8) saying how to show them upright. SkiaSharp encodes the stored pixels; the APP1 segment is
/// spliced in after SOI, in Motorola byte order for even orientations and Intel for odd ones, so both are read.
/// With a colour space other than sRGB the pattern's sRGB colours are converted into it and SkiaSharp embeds the
/// space's ICC profile (APP2 in a JPEG, iCCP in a PNG), as a phone writes Display P3 photos.
/// </summary>
internal static class PatternJpeg
{
    public static byte[] WithOrientation(int orientation, int width = QuadrantPattern.Width, int height = QuadrantPattern.Height, SKColorSpace? space = null)
    {
        // Untagged unless converted, so the plain cases carry no profile at all.
        using var bitmap = Stored(orientation, width, height, space is null ? null : SKColorSpace.CreateSrgb());
        using var converted = space is null ? null : InSpace(bitmap, space);
        using var encoded = (converted ?? bitmap).Encode(SKEncodedImageFormat.Jpeg, 95);
        var jpeg = encoded.ToArray();
        return [.. jpeg[..2], .. ExifSegment(orientation, bigEndian: orientation % 2 == 0), .. jpeg[2..]];
    }

    /// <summary>The pattern's pixels as a camera turned by <paramref name="orientation"/> stores them (5–8: width and height swapped).</summary>
    public static SKBitmap Stored(int orientation, int width = QuadrantPattern.Width, int height = QuadrantPattern.Height, SKColorSpace? space = null)
    {
        var swaps = orientation >= 5;
        var (storedWidth, storedHeight) = swaps ? (height, width) : (width, height);
        var bitmap = new SKBitmap(new SKImageInfo(storedWidth, storedHeight, SKColorType.Rgba8888, SKAlphaType.Opaque, space));
        for (var y = 0; y < storedHeight; y++)
        {
            for (var x = 0; x < storedWidth; x++)
            {
                var (ux, uy) = QuadrantPattern.Displayed(orientation, x, y, width, height);
                var (r, g, b, _) = QuadrantPattern.Colour(ux, uy, width, height);
                bitmap.SetPixel(x, y, new SKColor(r, g, b));
            }
        }

        return bitmap;
    }

    /// <summary>A PNG of the upright pattern in <paramref name="space"/>, with that space's profile embedded.</summary>
    public static byte[] Png(SKColorSpace space)
    {
        const int width = QuadrantPattern.Width, height = QuadrantPattern.Height;
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque, SKColorSpace.CreateSrgb()));
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var (r, g, b, _) = QuadrantPattern.Colour(x, y, width, height);
                bitmap.SetPixel(x, y, new SKColor(r, g, b));
            }
        }

        using var converted = InSpace(bitmap, space);
        using var encoded = converted.Encode(SKEncodedImageFormat.Png, 100);
        return encoded.ToArray();
    }

    /// <summary>The same colours as <paramref name="srgb"/> expressed in <paramref name="space"/> (SkiaSharp converts on read).</summary>
    private static SKBitmap InSpace(SKBitmap srgb, SKColorSpace space)
    {
        var converted = new SKBitmap(srgb.Info.WithColorSpace(space));
        using var image = SKImage.FromBitmap(srgb);
        image.ReadPixels(converted.Info, converted.GetPixels(), converted.RowBytes, 0, 0);
        return converted;
    }

    /// <summary>APP1: "Exif\0\0", then <see cref="ExifTiff"/>.</summary>
    private static byte[] ExifSegment(int orientation, bool bigEndian)
    {
        byte[] body = [.. "Exif\0\0"u8, .. ExifTiff(orientation, bigEndian)];
        return [0xFF, 0xE1, (byte)((body.Length + 2) >> 8), (byte)(body.Length + 2), .. body];
    }

    /// <summary>A TIFF header and IFD0 with the one Orientation entry (tag 0x0112, SHORT, count 1): what PNG's eXIf and WebP's EXIF hold.</summary>
    public static byte[] ExifTiff(int orientation, bool bigEndian)
    {
        var tiff = new byte[8 + 2 + 12 + 4];
        void U16(int at, int value)
        {
            if (bigEndian)
            {
                BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(at), (ushort)value);
            }
            else
            {
                BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at), (ushort)value);
            }
        }

        tiff[0] = tiff[1] = bigEndian ? (byte)'M' : (byte)'I';
        U16(2, 42);
        U16(4, bigEndian ? 0 : 8);
        U16(6, bigEndian ? 8 : 0);
        U16(8, 1);
        U16(10, 0x0112);
        U16(12, 3);
        U16(14, bigEndian ? 0 : 1);
        U16(16, bigEndian ? 1 : 0);
        U16(18, orientation);
        return tiff;
    }
}
