using System.Buffers.Binary;

namespace Publish.Imaging;

/// <summary>
/// Reads the Orientation tag (0x0112) of IFD0 from an EXIF TIFF structure (a JPEG's APP1 "Exif" body after its
/// prefix, a PNG's eXIf, a WebP's EXIF chunk). Values 1–8 follow TIFF 6.0: they name the sides of the upright
/// picture where the stored row 0 and column 0 belong. Anything out of range is 1 (as stored), the value readers
/// assume when the tag is absent. Which of a file's EXIF and XMP wins is decided once, by <see cref="ImageOrientation"/>
/// and, for a JPEG's APP1 segments, <see cref="JpegApp1Orientation"/>, so the layout, the PDF and the EPUB agree.
/// </summary>
public static class ExifOrientation
{
    public const int Upright = 1;
    private const ushort OrientationTag = 0x0112;

    /// <summary>
    /// The orientation in a TIFF structure (an EXIF payload without the APP1 "Exif\0\0" prefix, as PNG's eXIf and
    /// WebP's EXIF chunks hold it); null when the tag is absent or the structure unreadable, 1–8 otherwise (an
    /// out-of-range value is <see cref="Upright"/>).
    /// </summary>
    public static int? ReadTiff(ReadOnlySpan<byte> tiff)
    {
        if (tiff.Length < 8)
        {
            return null;
        }

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
            return null;
        }

        int U16(ReadOnlySpan<byte> s) => little ? BinaryPrimitives.ReadUInt16LittleEndian(s) : BinaryPrimitives.ReadUInt16BigEndian(s);
        var ifd = little ? BinaryPrimitives.ReadUInt32LittleEndian(tiff[4..]) : BinaryPrimitives.ReadUInt32BigEndian(tiff[4..]);
        if (ifd > (uint)(tiff.Length - 2))
        {
            return null;
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

        return null;
    }
}
