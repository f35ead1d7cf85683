using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace Publish.Engine.Tests.Hostile;

/// <summary>
/// The quadrant pattern stored turned, with its orientation in the metadata each format has for it: a PNG's
/// <c>eXIf</c> chunk or iTXt XMP packet, a WebP's <c>EXIF</c> or <c>XMP </c> chunk (behind a VP8X header that
/// announces it), a JPEG's APP1 XMP packet alone. SkiaSharp encodes the stored pixels; the metadata is added here.
/// </summary>
internal static class OrientedImages
{
    public static byte[] PngWithExif(int orientation) => PngWithChunk(orientation, "eXIf", PatternJpeg.ExifTiff(orientation, bigEndian: true));

    /// <summary>iTXt: keyword, NUL, uncompressed, method 0, no language, NUL, no translated keyword, NUL, the packet.</summary>
    public static byte[] PngWithXmp(int orientation) =>
        PngWithChunk(orientation, "iTXt", [.. "XML:com.adobe.xmp\0"u8, 0, 0, 0, 0, .. Xmp(orientation)]);

    public static byte[] WebPWithExif(int orientation) => WebPWithChunk(orientation, "EXIF", PatternJpeg.ExifTiff(orientation, bigEndian: false), 0x08);

    public static byte[] WebPWithXmp(int orientation) => WebPWithChunk(orientation, "XMP ", Xmp(orientation), 0x04);

    public static byte[] JpegWithXmp(int orientation)
    {
        using var bitmap = PatternJpeg.Stored(orientation);
        using var encoded = bitmap.Encode(SKEncodedImageFormat.Jpeg, 95);
        var jpeg = encoded.ToArray();
        byte[] body = [.. "http://ns.adobe.com/xap/1.0/\0"u8, .. Xmp(orientation)];
        return [.. jpeg[..2], 0xFF, 0xE1, (byte)((body.Length + 2) >> 8), (byte)(body.Length + 2), .. body, .. jpeg[2..]];
    }

    /// <summary>
    /// The upright pattern with an EXIF orientation of 1 and, before it, an XMP packet saying 6, as an editor that
    /// rewrites only one of them leaves a photo: EXIF wins, so it must come out as stored in both editions.
    /// </summary>
    public static byte[] JpegWithExif1AndXmp6()
    {
        var jpeg = PatternJpeg.WithOrientation(1);
        byte[] body = [.. "http://ns.adobe.com/xap/1.0/\0"u8, .. Xmp(6)];
        return [.. jpeg[..2], 0xFF, 0xE1, (byte)((body.Length + 2) >> 8), (byte)(body.Length + 2), .. body, .. jpeg[2..]];
    }

    /// <summary>An XMP packet as Adobe's tools write it: the orientation as an attribute of the description.</summary>
    private static byte[] Xmp(int orientation) => Encoding.UTF8.GetBytes(
        "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">" +
        $"<rdf:Description rdf:about=\"\" xmlns:tiff=\"http://ns.adobe.com/tiff/1.0/\" tiff:Orientation=\"{orientation}\"/></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>");

    /// <summary>The stored pattern as a PNG with <paramref name="type"/> inserted right after IHDR.</summary>
    private static byte[] PngWithChunk(int orientation, string type, byte[] data)
    {
        using var bitmap = PatternJpeg.Stored(orientation);
        using var encoded = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        var png = encoded.ToArray();
        const int afterIhdr = 8 + 8 + 13 + 4;
        using var chunk = new MemoryStream();
        TestImages.WriteChunk(chunk, type, data);
        return [.. png[..afterIhdr], .. chunk.ToArray(), .. png[afterIhdr..]];
    }

    /// <summary>
    /// The stored pattern as a lossless WebP, rewritten as the extended format: a VP8X chunk (canvas size and the
    /// <paramref name="flag"/> saying the metadata chunk is there), the image chunk, then the metadata chunk.
    /// </summary>
    private static byte[] WebPWithChunk(int orientation, string type, byte[] data, byte flag)
    {
        using var bitmap = PatternJpeg.Stored(orientation);
        using var encoded = bitmap.Encode(SKEncodedImageFormat.Webp, 100);
        var simple = encoded.ToArray();
        var image = simple[12..];
        var vp8x = new byte[18];
        "VP8X"u8.CopyTo(vp8x);
        BinaryPrimitives.WriteUInt32LittleEndian(vp8x.AsSpan(4), 10);
        vp8x[8] = flag;
        WriteUInt24(vp8x.AsSpan(12), bitmap.Width - 1);
        WriteUInt24(vp8x.AsSpan(15), bitmap.Height - 1);
        var metadata = new byte[8 + data.Length + (data.Length & 1)];
        Encoding.ASCII.GetBytes(type).CopyTo(metadata, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(metadata.AsSpan(4), (uint)data.Length);
        data.CopyTo(metadata, 8);
        byte[] body = [.. "WEBP"u8, .. vp8x, .. image, .. metadata];
        var riff = new byte[8];
        "RIFF"u8.CopyTo(riff);
        BinaryPrimitives.WriteUInt32LittleEndian(riff.AsSpan(4), (uint)body.Length);
        return [.. riff, .. body];
    }

    private static void WriteUInt24(Span<byte> at, int value)
    {
        at[0] = (byte)value;
        at[1] = (byte)(value >> 8);
        at[2] = (byte)(value >> 16);
    }
}
