using System.Buffers.Binary;

namespace Publish.Manuscript.Tests.Input;

/// <summary>
/// The tests' sound images (<see cref="TestImageBytes"/>) with an EXIF orientation in the place each format keeps it:
/// a JPEG's APP1 segment, a PNG's <c>eXIf</c> chunk, a WebP's <c>EXIF</c> chunk behind a VP8X header that announces it.
/// </summary>
internal static class OrientedTestImages
{
    public static byte[] Jpeg(int width, int height, int orientation)
    {
        var jpeg = TestImageBytes.Jpeg(width, height);
        byte[] body = [.. "Exif\0\0"u8, .. Tiff(orientation)];
        return [.. jpeg[..2], 0xFF, 0xE1, (byte)((body.Length + 2) >> 8), (byte)(body.Length + 2), .. body, .. jpeg[2..]];
    }

    public static byte[] Png(int width, int height, int orientation)
    {
        var png = TestImageBytes.Png(width, height);
        const int afterIhdr = 8 + 8 + 13 + 4;
        using var chunk = new MemoryStream();
        TestImageBytes.Chunk(chunk, "eXIf", Tiff(orientation));
        return [.. png[..afterIhdr], .. chunk.ToArray(), .. png[afterIhdr..]];
    }

    public static byte[] WebP(int width, int height, int orientation)
    {
        var simple = TestImageBytes.WebP(width, height);
        var vp8x = new byte[18];
        "VP8X"u8.CopyTo(vp8x);
        BinaryPrimitives.WriteUInt32LittleEndian(vp8x.AsSpan(4), 10);
        vp8x[8] = 0x08;
        WriteUInt24(vp8x.AsSpan(12), width - 1);
        WriteUInt24(vp8x.AsSpan(15), height - 1);
        var tiff = Tiff(orientation);
        var exif = new byte[8 + tiff.Length + (tiff.Length & 1)];
        "EXIF"u8.CopyTo(exif);
        BinaryPrimitives.WriteUInt32LittleEndian(exif.AsSpan(4), (uint)tiff.Length);
        tiff.CopyTo(exif, 8);
        byte[] body = [.. "WEBP"u8, .. vp8x, .. simple[12..], .. exif];
        var riff = new byte[8];
        "RIFF"u8.CopyTo(riff);
        BinaryPrimitives.WriteUInt32LittleEndian(riff.AsSpan(4), (uint)body.Length);
        return [.. riff, .. body];
    }

    /// <summary>A big-endian TIFF header and IFD0 holding one entry, Orientation (0x0112, SHORT, count 1).</summary>
    private static byte[] Tiff(int orientation) =>
        [(byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte)orientation, 0, 0, 0, 0, 0, 0];

    private static void WriteUInt24(Span<byte> at, int value)
    {
        at[0] = (byte)value;
        at[1] = (byte)(value >> 8);
        at[2] = (byte)(value >> 16);
    }
}
