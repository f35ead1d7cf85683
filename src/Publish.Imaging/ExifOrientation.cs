using System.Buffers.Binary;

namespace Publish.Imaging;

/// <summary>
/// Reads the Orientation tag (0x0112) of IFD0 from the body of an APP1 "Exif" segment. Values 1–8 follow TIFF 6.0:
/// they name the sides of the upright picture where the stored row 0 and column 0 belong. Anything unreadable or
/// out of range is 1 (as stored), the value readers assume when the tag is absent. One reader for the layout
/// (which swaps width and height for 5–8), the PDF (which turns the picture) and the EPUB (which re-encodes it
/// upright), so the three can never disagree about a photo.
/// </summary>
public static class ExifOrientation
{
    public const int Upright = 1;
    private const ushort OrientationTag = 0x0112;

    public static int Read(ReadOnlySpan<byte> app1)
    {
        if (app1.Length < 14 || !app1[..6].SequenceEqual("Exif\0\0"u8))
        {
            return Upright;
        }

        var tiff = app1[6..];
        bool little;
        if (tiff[0] == (byte)'I' && tiff[1] == (byte)'I')
        {
            little = true;
        }
        else if (tiff[0] == (byte)'M' && tiff[1] == (byte)'M')
        {
            little = false;
        }
        else
        {
            return Upright;
        }

        int U16(ReadOnlySpan<byte> s) => little ? BinaryPrimitives.ReadUInt16LittleEndian(s) : BinaryPrimitives.ReadUInt16BigEndian(s);
        var ifd = little ? BinaryPrimitives.ReadUInt32LittleEndian(tiff[4..]) : BinaryPrimitives.ReadUInt32BigEndian(tiff[4..]);
        if (ifd > (uint)(tiff.Length - 2))
        {
            return Upright;
        }

        var count = U16(tiff[(int)ifd..]);
        for (var e = 0; e < count; e++)
        {
            var entry = (int)ifd + 2 + (e * 12);
            if (entry + 12 > tiff.Length)
            {
                break;
            }

            if (U16(tiff[entry..]) == OrientationTag)
            {
                var value = U16(tiff[(entry + 8)..]);
                return value is >= 1 and <= 8 ? value : Upright;
            }
        }

        return Upright;
    }
}
