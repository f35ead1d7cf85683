using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Publish.Imaging;
using Publish.Pdf.Images;
using Publish.Pdf.Tests.Support;

namespace Publish.Pdf.Tests;

/// <summary>
/// Issue 14, the image readers every edition shares: the orientation of any format (EXIF or XMP in JPEG, PNG, WebP),
/// a sequential JPEG's scans walked code by code, and a PNG's data inflated as a stream.
/// </summary>
public sealed class ImagingChecksTests
{
    [Theory]
    [InlineData(6)]
    [InlineData(8)]
    public void Orientation_is_read_from_a_png_exif_chunk_and_from_its_xmp(int orientation)
    {
        var tiff = Tiff(orientation);
        Assert.Equal(orientation, ImageOrientation.Read(WithPngChunk(TestImages.Png(withAlpha: false), "eXIf", tiff)));
        Assert.Equal(orientation, ImageOrientation.Read(WithPngChunk(TestImages.Png(withAlpha: false), "iTXt", [.. "XML:com.adobe.xmp\0"u8, 0, 0, 0, 0, .. Xmp(orientation)])));
        Assert.Equal(ExifOrientation.Upright, ImageOrientation.Read(TestImages.Png(withAlpha: false)));
    }

    [Fact]
    public void Exif_wins_over_xmp_and_a_jpeg_with_only_xmp_is_turned()
    {
        var jpeg = TestImages.Jpeg();
        byte[] xmp = [.. "http://ns.adobe.com/xap/1.0/\0"u8, .. Xmp(8)];
        var withXmp = (byte[])[.. jpeg[..2], 0xFF, 0xE1, (byte)((xmp.Length + 2) >> 8), (byte)(xmp.Length + 2), .. xmp, .. jpeg[2..]];
        Assert.Equal(8, ImageOrientation.Read(withXmp));
        Assert.Equal(6, ImageOrientation.Read(ImagesOrientationTests.WithExif(withXmp, 6, bigEndian: true)));
        Assert.Equal(8, JpegHeader.TryRead(withXmp)!.Orientation);
    }

    [Fact]
    public void Orientation_is_read_from_a_webp_exif_chunk()
    {
        byte[] chunk = [.. "EXIF"u8, .. LittleEndian(Tiff(6).Length), .. Tiff(6)];
        byte[] body = [.. "WEBP"u8, .. "VP8X"u8, .. LittleEndian(10), 0x08, 0, 0, 0, 0, 0, 0, 0, 0, 0, .. chunk];
        Assert.Equal(6, ImageOrientation.Read([.. "RIFF"u8, .. LittleEndian(body.Length), .. body]));
    }

    [Theory]
    [InlineData("tiff:Orientation=\"6\"", 6)]
    [InlineData("tiff:Orientation = '3'", 3)]
    [InlineData("<tiff:Orientation>8</tiff:Orientation>", 8)]
    [InlineData("tiff:Orientation=\"9\"", null)]
    [InlineData("tiff:Orientation=\"12\"", null)]
    [InlineData("exif:PixelXDimension=\"6\"", null)]
    public void Xmp_orientation_is_read_as_attribute_or_element(string property, int? expected) =>
        Assert.Equal(expected, XmpOrientation.Read(Encoding.UTF8.GetBytes($"<rdf:Description {property}/>")));

    [Fact]
    public void A_sound_jpeg_passes_and_a_damaged_scan_does_not()
    {
        var jpeg = TestImages.Jpeg(160, 120);
        Assert.Null(JpegScanCheck.Problem(jpeg));

        var scan = jpeg.AsSpan().IndexOf([(byte)0xFF, (byte)0xDA]);
        var cut = (byte[])[.. jpeg[..(scan + ((jpeg.Length - scan) / 2))], 0xFF, 0xD9];
        Assert.NotNull(JpegScanCheck.Problem(cut));
        Assert.NotNull(ImageDecodeCheck.Problem(cut, "cut.jpg"));
    }

    [Fact]
    public void A_jpeg_whose_scans_are_sound_is_still_refused_when_its_quantization_table_is_missing()
    {
        // The scan walk finds the entropy-coded data whole; only the decoder's set-up (one row) can see that no DQT
        // segment defines the table the frame names, and the check must still say so.
        var jpeg = TestImages.Jpeg(160, 120);
        var dqt = jpeg.AsSpan().IndexOf([(byte)0xFF, (byte)0xDB]);
        Assert.True(dqt > 0);
        var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(dqt + 2));
        var withoutTables = (byte[])[.. jpeg[..dqt], .. jpeg[(dqt + 2 + length)..]];
        while (withoutTables.AsSpan().IndexOf([(byte)0xFF, (byte)0xDB]) is var next and >= 0)
        {
            var more = BinaryPrimitives.ReadUInt16BigEndian(withoutTables.AsSpan(next + 2));
            withoutTables = [.. withoutTables[..next], .. withoutTables[(next + 2 + more)..]];
        }

        Assert.Null(JpegScanCheck.Problem(withoutTables, "t.jpg", out var sound));
        Assert.True(sound);
        Assert.NotNull(ImageDecodeCheck.Problem(withoutTables, "t.jpg"));
        Assert.Null(ImageDecodeCheck.Problem(jpeg, "t.jpg"));
    }

    [Fact]
    public void A_png_whose_data_ends_early_or_is_corrupt_is_found_without_decoding_it_whole()
    {
        Assert.Null(PngDataCheck.Problem(new MemoryStream(Png(64, 64, rows: 64))));
        Assert.Contains("ends early", PngDataCheck.Problem(new MemoryStream(Png(64, 64, rows: 40))), StringComparison.Ordinal);
        Assert.Contains("filter", PngDataCheck.Problem(new MemoryStream(Png(64, 64, rows: 64, filter: 9))), StringComparison.Ordinal);
    }

    /// <summary>An 8-bit grey PNG whose header says <paramref name="width"/>×<paramref name="height"/> but whose data holds <paramref name="rows"/> rows.</summary>
    private static byte[] Png(int width, int height, int rows, byte filter = 0)
    {
        var raw = new byte[rows * (width + 1)];
        for (var y = 0; y < rows; y++)
        {
            raw[y * (width + 1)] = filter;
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8;
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. Chunk("IHDR", ihdr), .. Chunk("IDAT", compressed.ToArray()), .. Chunk("IEND", [])];
        return png;
    }

    private static byte[] WithPngChunk(byte[] png, string type, byte[] data)
    {
        const int afterIhdr = 8 + 8 + 13 + 4;
        return [.. png[..afterIhdr], .. Chunk(type, data), .. png[afterIhdr..]];
    }

    /// <summary>A PNG chunk; the checksum is left zero (these readers do not check it).</summary>
    private static byte[] Chunk(string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        return [.. length, .. Encoding.ASCII.GetBytes(type), .. data, 0, 0, 0, 0];
    }

    private static byte[] Tiff(int orientation) => [.. "MM"u8, 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte)orientation, 0, 0, 0, 0, 0, 0];

    private static byte[] Xmp(int orientation) => Encoding.UTF8.GetBytes($"<x:xmpmeta><rdf:RDF><rdf:Description tiff:Orientation=\"{orientation}\"/></rdf:RDF></x:xmpmeta>");

    private static byte[] LittleEndian(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        return bytes;
    }
}
