using System.Buffers.Binary;
using SkiaSharp;

namespace Publish.Engine.Tests.Hostile;

/// <summary>
/// JPEGs of the quadrant pattern as cameras write them: the sensor's pixels stored as they came, with an EXIF
/// orientation (1–8) saying how to show them upright. SkiaSharp encodes the stored pixels; the APP1 segment is
/// spliced in after SOI, in Motorola byte order for even orientations and Intel for odd ones, so both are read.
/// </summary>
internal static class PatternJpeg
{
    public static byte[] WithOrientation(int orientation, int width = QuadrantPattern.Width, int height = QuadrantPattern.Height)
    {
        var swaps = orientation >= 5;
        var (storedWidth, storedHeight) = swaps ? (height, width) : (width, height);
        using var bitmap = new SKBitmap(new SKImageInfo(storedWidth, storedHeight, SKColorType.Rgba8888, SKAlphaType.Opaque));
        for (var y = 0; y < storedHeight; y++)
        {
            for (var x = 0; x < storedWidth; x++)
            {
                var (ux, uy) = QuadrantPattern.Displayed(orientation, x, y, width, height);
                var (r, g, b, _) = QuadrantPattern.Colour(ux, uy, width, height);
                bitmap.SetPixel(x, y, new SKColor(r, g, b));
            }
        }

        using var encoded = bitmap.Encode(SKEncodedImageFormat.Jpeg, 95);
        var jpeg = encoded.ToArray();
        return [.. jpeg[..2], .. ExifSegment(orientation, bigEndian: orientation % 2 == 0), .. jpeg[2..]];
    }

    /// <summary>APP1: "Exif\0\0", a TIFF header and IFD0 with the one Orientation entry (tag 0x0112, SHORT, count 1).</summary>
    private static byte[] ExifSegment(int orientation, bool bigEndian)
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
        byte[] body = [.. "Exif\0\0"u8, .. tiff];
        return [0xFF, 0xE1, (byte)((body.Length + 2) >> 8), (byte)(body.Length + 2), .. body];
    }
}
