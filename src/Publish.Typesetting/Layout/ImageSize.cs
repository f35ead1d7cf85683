using System.Buffers.Binary;
using Publish.Imaging;
using Publish.Model.Input;

namespace Publish.Typesetting.Layout;

/// <summary>
/// Reads an image's pixel size from its header (JPEG SOF, PNG IHDR, GIF screen descriptor, WebP VP8/VP8L/VP8X)
/// without decoding it: layout only needs the aspect ratio, and the header is all that is safe to trust before
/// the PDF writer checks the image properly. Orientations 5–8 (EXIF or XMP, in any format: <see cref="ImageOrientation"/>)
/// swap width and height.
/// </summary>
internal static class ImageSize
{
    /// <summary>Enough for the PNG, GIF and WebP headers; a JPEG's frame header is found by walking its segments.</summary>
    private const int HeadBytes = 30;

    public static (int Width, int Height)? Read(string path)
    {
        try
        {
            using var stream = InputFile.OpenStream(path, InputFileLimits.MaxImageBytes, "image file");
            Span<byte> head = stackalloc byte[HeadBytes];
            head = head[..stream.ReadAtLeast(head, HeadBytes, throwOnEndOfStream: false)];
            return (Png(head) ?? Gif(head) ?? WebP(head) ?? Jpeg(stream)) is { } stored
                ? ImageOrientation.Read(stream) >= 5 ? (stored.Item2, stored.Item1) : stored
                : null;
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

    private static (int, int)? Png(ReadOnlySpan<byte> b) =>
        b.Length >= 24 && b[0] == 0x89 && b[1] == (byte)'P' && b[2] == (byte)'N' && b[3] == (byte)'G'
            ? ((int)BinaryPrimitives.ReadUInt32BigEndian(b[16..]), (int)BinaryPrimitives.ReadUInt32BigEndian(b[20..]))
            : null;

    private static (int, int)? Gif(ReadOnlySpan<byte> b) =>
        b.Length >= 10 && b[0] == (byte)'G' && b[1] == (byte)'I' && b[2] == (byte)'F'
            ? (BinaryPrimitives.ReadUInt16LittleEndian(b[6..]), BinaryPrimitives.ReadUInt16LittleEndian(b[8..]))
            : null;

    private static (int, int)? WebP(ReadOnlySpan<byte> b)
    {
        if (b.Length < 30 || b[0] != (byte)'R' || b[8] != (byte)'W' || b[9] != (byte)'E' || b[10] != (byte)'B' || b[11] != (byte)'P')
        {
            return null;
        }

        var chunk = b.Slice(12, 4);
        if (chunk.SequenceEqual("VP8 "u8))
        {
            return (BinaryPrimitives.ReadUInt16LittleEndian(b[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(b[28..]) & 0x3FFF);
        }

        if (chunk.SequenceEqual("VP8L"u8))
        {
            return (1 + (b[21] | ((b[22] & 0x3F) << 8)), 1 + ((b[22] >> 6) | (b[23] << 2) | ((b[24] & 0x0F) << 10)));
        }

        return chunk.SequenceEqual("VP8X"u8) ? (1 + (b[24] | (b[25] << 8) | (b[26] << 16)), 1 + (b[27] | (b[28] << 8) | (b[29] << 16))) : null;
    }

    /// <summary>
    /// Walks the segments from the start of the file to the frame header, skipping over bodies instead of reading
    /// them, so metadata of any size before the frame — an embedded
    /// print profile, an editing history — does not hide the size. Every step consumes at least one byte, and the
    /// walk stops at the end of the file or at a scan or end marker met before a frame.
    /// </summary>
    private static (int, int)? Jpeg(FileStream stream)
    {
        stream.Position = 0;
        if (stream.ReadByte() != 0xFF || stream.ReadByte() != 0xD8)
        {
            return null;
        }

        Span<byte> field = stackalloc byte[5];
        while (true)
        {
            if (stream.ReadByte() != 0xFF)
            {
                return null;
            }

            int marker;
            do
            {
                // Fill bytes may precede a marker.
                marker = stream.ReadByte();
            }
            while (marker == 0xFF);

            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7))
            {
                // Markers without a length field.
                continue;
            }

            if (marker is < 0 or 0xD9 or 0xDA || stream.ReadAtLeast(field[..2], 2, throwOnEndOfStream: false) < 2)
            {
                return null;
            }

            var body = BinaryPrimitives.ReadUInt16BigEndian(field) - 2;
            if (body < 0)
            {
                return null;
            }

            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                // Frame header: precision, height, width.
                if (body < 5 || stream.ReadAtLeast(field, 5, throwOnEndOfStream: false) < 5)
                {
                    return null;
                }

                var height = BinaryPrimitives.ReadUInt16BigEndian(field[1..]);
                var width = BinaryPrimitives.ReadUInt16BigEndian(field[3..]);
                return (width, height);
            }

            stream.Seek(body, SeekOrigin.Current);
        }
    }
}
