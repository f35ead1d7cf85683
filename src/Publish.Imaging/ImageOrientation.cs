using System.Buffers.Binary;
using Publish.Model.Input;

namespace Publish.Imaging;

/// <summary>
/// The orientation (TIFF 6.0 values 1–8) an image file declares, whatever its format: a JPEG's APP1 EXIF or XMP,
/// a PNG's <c>eXIf</c> chunk or its iTXt XMP packet, a WebP's <c>EXIF</c> or <c>XMP </c> chunk. EXIF wins over XMP
/// (the Metadata Working Group's rule); nothing found, or a file too damaged to walk, is <see cref="ExifOrientation.Upright"/>.
/// One reader for the layout (upright box), the PDF (turned form or pixels) and the EPUB (pixels turned), so they
/// agree for every format; SkiaSharp's own notion differs by format (it ignores a PNG's eXIf and all XMP).
/// Only chunk and segment headers are read; the bodies skipped over are never loaded.
/// </summary>
public static class ImageOrientation
{
    /// <summary>The largest metadata body read (EXIF or XMP); larger ones are skipped, as no orientation needs more.</summary>
    private const int MaxMetadataBytes = 1 << 20;

    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static int Read(string path)
    {
        try
        {
            using var stream = InputFile.OpenStream(path, InputFileLimits.MaxImageBytes, "image file");
            return Read(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ExifOrientation.Upright;
        }
    }

    public static int Read(ReadOnlySpan<byte> file)
    {
        using var stream = new MemoryStream(file.ToArray(), writable: false);
        return Read(stream);
    }

    /// <summary>Reads from the start of a seekable <paramref name="stream"/>.</summary>
    public static int Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Position = 0;
        Span<byte> head = stackalloc byte[12];
        if (stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) < head.Length)
        {
            return ExifOrientation.Upright;
        }

        int? exif = null, xmp = null;
        if (head[..8].SequenceEqual(PngSignature))
        {
            Png(stream, ref exif, ref xmp);
        }
        else if (head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            WebP(stream, ref exif, ref xmp);
        }
        else if (head[0] == 0xFF && head[1] == 0xD8)
        {
            return Jpeg(stream);
        }

        return exif ?? xmp ?? ExifOrientation.Upright;
    }

    private static void Png(Stream stream, ref int? exif, ref int? xmp)
    {
        stream.Position = 8;
        Span<byte> header = stackalloc byte[8];
        while (exif is null && stream.ReadAtLeast(header, 8, throwOnEndOfStream: false) == 8)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(header);
            var type = header[4..];
            if (length > int.MaxValue || type.SequenceEqual("IEND"u8))
            {
                return;
            }

            if (type.SequenceEqual("eXIf"u8) && Body(stream, length) is { } tiff)
            {
                exif = ExifOrientation.ReadTiff(tiff);
            }
            else if (type.SequenceEqual("iTXt"u8) && xmp is null && Body(stream, length) is { } text)
            {
                xmp = XmpInText(text);
            }
            else
            {
                stream.Seek(length, SeekOrigin.Current);
            }

            stream.Seek(4, SeekOrigin.Current); // the CRC
        }
    }

    /// <summary>An iTXt chunk's text when its keyword is XMP's: keyword, NUL, compression flag (0), method, language, NUL, translated keyword, NUL, text.</summary>
    private static int? XmpInText(ReadOnlySpan<byte> chunk)
    {
        ReadOnlySpan<byte> keyword = "XML:com.adobe.xmp\0"u8;
        if (!chunk.StartsWith(keyword) || chunk.Length < keyword.Length + 2 || chunk[keyword.Length] != 0)
        {
            return null;
        }

        var rest = chunk[(keyword.Length + 2)..];
        for (var nul = 0; nul < 2; nul++)
        {
            var end = rest.IndexOf((byte)0);
            if (end < 0)
            {
                return null;
            }

            rest = rest[(end + 1)..];
        }

        return XmpOrientation.Read(rest);
    }

    private static void WebP(Stream stream, ref int? exif, ref int? xmp)
    {
        stream.Position = 12;
        Span<byte> header = stackalloc byte[8];
        while (exif is null && stream.ReadAtLeast(header, 8, throwOnEndOfStream: false) == 8)
        {
            var size = BinaryPrimitives.ReadUInt32LittleEndian(header[4..]);
            var padded = size + (size & 1);
            var type = header[..4];
            if (type.SequenceEqual("EXIF"u8) && Body(stream, size) is { } payload)
            {
                // The container spec says a TIFF header; some writers keep JPEG's "Exif\0\0" in front of it.
                var tiff = payload.AsSpan();
                exif = ExifOrientation.ReadTiff(tiff.StartsWith("Exif\0\0"u8) ? tiff[6..] : tiff);
                stream.Seek(padded - size, SeekOrigin.Current);
            }
            else if (type.SequenceEqual("XMP "u8) && Body(stream, size) is { } packet)
            {
                xmp = XmpOrientation.Read(packet);
                stream.Seek(padded - size, SeekOrigin.Current);
            }
            else
            {
                stream.Seek(padded, SeekOrigin.Current);
            }
        }
    }

    /// <summary>The APP1 segments before the first scan (where every writer puts them).</summary>
    private static int Jpeg(Stream stream)
    {
        var orientation = new JpegApp1Orientation();
        stream.Position = 2;
        Span<byte> length = stackalloc byte[2];
        while (!orientation.IsSettled)
        {
            if (stream.ReadByte() != 0xFF)
            {
                break;
            }

            int marker;
            do
            {
                marker = stream.ReadByte();
            }
            while (marker == 0xFF);

            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7))
            {
                continue;
            }

            if (marker is < 0 or 0xD9 or 0xDA || stream.ReadAtLeast(length, 2, throwOnEndOfStream: false) < 2)
            {
                break;
            }

            var body = BinaryPrimitives.ReadUInt16BigEndian(length) - 2;
            if (body < 0)
            {
                break;
            }

            if (marker == 0xE1 && Body(stream, (uint)body) is { } app1)
            {
                orientation.Add(app1);
            }
            else
            {
                stream.Seek(body, SeekOrigin.Current);
            }
        }

        return orientation.Value;
    }

    /// <summary>The next <paramref name="length"/> bytes, or null (and skipped) when they are too many or not all there.</summary>
    private static byte[]? Body(Stream stream, uint length)
    {
        if (length > MaxMetadataBytes)
        {
            stream.Seek(length, SeekOrigin.Current);
            return null;
        }

        var body = new byte[length];
        return stream.ReadAtLeast(body, body.Length, throwOnEndOfStream: false) == body.Length ? body : null;
    }
}
