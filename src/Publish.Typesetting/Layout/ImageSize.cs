using System.Buffers.Binary;

namespace Publish.Typesetting.Layout;

/// <summary>
/// Reads an image's pixel size from its header (JPEG SOF, PNG IHDR, GIF screen descriptor, WebP VP8/VP8L/VP8X)
/// without decoding it: layout only needs the aspect ratio, and the header is all that is safe to trust before
/// the PDF writer checks the image properly. JPEG EXIF orientations 5–8 swap width and height.
/// </summary>
internal static class ImageSize
{
    public static (int Width, int Height)? Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var header = new byte[Math.Min(stream.Length, 256 * 1024)];
            stream.ReadExactly(header);
            return Png(header) ?? Gif(header) ?? WebP(header) ?? Jpeg(header);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static (int, int)? Png(byte[] b) =>
        b.Length >= 24 && b[0] == 0x89 && b[1] == (byte)'P' && b[2] == (byte)'N' && b[3] == (byte)'G'
            ? ((int)BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(16)), (int)BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(20)))
            : null;

    private static (int, int)? Gif(byte[] b) =>
        b.Length >= 10 && b[0] == (byte)'G' && b[1] == (byte)'I' && b[2] == (byte)'F'
            ? (BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(6)), BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(8)))
            : null;

    private static (int, int)? WebP(byte[] b)
    {
        if (b.Length < 30 || b[0] != (byte)'R' || b[8] != (byte)'W' || b[9] != (byte)'E' || b[10] != (byte)'B' || b[11] != (byte)'P')
        {
            return null;
        }

        var chunk = System.Text.Encoding.ASCII.GetString(b, 12, 4);
        return chunk switch
        {
            "VP8 " => (BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(26)) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(28)) & 0x3FFF),
            "VP8L" => (1 + (b[21] | ((b[22] & 0x3F) << 8)), 1 + ((b[22] >> 6) | (b[23] << 2) | ((b[24] & 0x0F) << 10))),
            "VP8X" => (1 + (b[24] | (b[25] << 8) | (b[26] << 16)), 1 + (b[27] | (b[28] << 8) | (b[29] << 16))),
            _ => null,
        };
    }

    private static (int, int)? Jpeg(byte[] b)
    {
        if (b.Length < 4 || b[0] != 0xFF || b[1] != 0xD8)
        {
            return null;
        }

        var swap = false;
        var i = 2;
        while (i + 9 < b.Length)
        {
            if (b[i] != 0xFF)
            {
                return null;
            }

            var marker = b[i + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 2));
            if (marker == 0xE1 && ExifOrientation(b.AsSpan(i + 4, Math.Min(length - 2, b.Length - i - 4))) is >= 5 and <= 8)
            {
                swap = true;
            }

            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                var height = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 5));
                var width = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 7));
                return swap ? (height, width) : (width, height);
            }

            i += 2 + length;
        }

        return null;
    }

    private static int ExifOrientation(ReadOnlySpan<byte> app1)
    {
        if (app1.Length < 14 || !app1[..6].SequenceEqual("Exif\0\0"u8))
        {
            return 1;
        }

        var tiff = app1[6..];
        var little = tiff[0] == (byte)'I';
        int U16(ReadOnlySpan<byte> s) => little ? BinaryPrimitives.ReadUInt16LittleEndian(s) : BinaryPrimitives.ReadUInt16BigEndian(s);
        var ifd = (int)(little ? BinaryPrimitives.ReadUInt32LittleEndian(tiff[4..]) : BinaryPrimitives.ReadUInt32BigEndian(tiff[4..]));
        if (ifd + 2 > tiff.Length)
        {
            return 1;
        }

        var count = U16(tiff[ifd..]);
        for (var e = 0; e < count; e++)
        {
            var entry = ifd + 2 + (e * 12);
            if (entry + 12 > tiff.Length)
            {
                break;
            }

            if (U16(tiff[entry..]) == 0x0112)
            {
                return U16(tiff[(entry + 8)..]);
            }
        }

        return 1;
    }
}
