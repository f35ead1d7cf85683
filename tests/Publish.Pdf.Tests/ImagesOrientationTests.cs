using Publish.Pdf.Images;
using Publish.Pdf.Tests.Support;
using Publish.Typesetting.Frames;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;

namespace Publish.Pdf.Tests;

/// <summary>JPEGs with an EXIF orientation: read from the header, passed through unchanged, drawn upright.</summary>
public sealed class ImagesOrientationTests
{
    [Theory]
    [InlineData(6, true)]
    [InlineData(6, false)]
    [InlineData(3, true)]
    [InlineData(8, false)]
    public void The_header_gives_the_exif_orientation_in_either_byte_order(int orientation, bool bigEndian)
    {
        var header = JpegHeader.TryRead(WithExif(TestImages.Jpeg(40, 30), orientation, bigEndian));

        Assert.Equal(orientation, header!.Orientation);
        Assert.Equal((40, 30), (header.Width, header.Height));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(0xFFFF)]
    public void An_orientation_outside_1_to_8_reads_as_upright(int orientation) =>
        Assert.Equal(1, JpegHeader.TryRead(WithExif(TestImages.Jpeg(), orientation, bigEndian: true))!.Orientation);

    /// <summary>EXIF wins over XMP whichever comes first, as the layout decides the upright box (<see cref="Publish.Imaging.ImageOrientation"/>).</summary>
    [Fact]
    public void An_exif_orientation_of_1_wins_over_an_xmp_packet_saying_6()
    {
        var jpeg = WithExif(TestImages.Jpeg(40, 30), 1, bigEndian: true);
        byte[] xmp = [.. "http://ns.adobe.com/xap/1.0/\0"u8, .. "<rdf:Description tiff:Orientation=\"6\"/>"u8];
        byte[] withXmpFirst = [.. jpeg[..2], 0xFF, 0xE1, 0, (byte)(xmp.Length + 2), .. xmp, .. jpeg[2..]];

        Assert.Equal(1, JpegHeader.TryRead(withXmpFirst)!.Orientation);
        Assert.Equal(1, Publish.Imaging.ImageOrientation.Read(withXmpFirst));
    }

    [Fact]
    public void An_exif_segment_whose_directory_lies_outside_it_reads_as_upright()
    {
        var jpeg = WithExif(TestImages.Jpeg(), 6, bigEndian: true);
        jpeg[2 + 4 + 6 + 7] = 0xF0; // IFD0 offset (big-endian, last byte) far past the segment

        Assert.Equal(1, JpegHeader.TryRead(jpeg)!.Orientation);
    }

    [Fact]
    public void An_upright_JPEG_is_drawn_as_an_image_without_a_form()
    {
        using var file = TempFile.With("photo.jpg", WithExif(TestImages.Jpeg(), 1, bigEndian: false));
        var pdf = new PdfWriter().WriteToArray(Documents.Of(Documents.Page(new ImageItem(file.Path, 50, 60, 200, 150, "A photo"))));

        Assert.DoesNotContain("/Subtype /Form", PdfBytes.Latin1(pdf), StringComparison.Ordinal);
    }

    /// <summary>
    /// The stored first pixel (row 0, column 0) lands where TIFF 6.0 puts it: orientation 6 means row 0 is the right
    /// side and column 0 the top, so that pixel is the upright picture's top-right corner; and so on.
    /// </summary>
    [Theory]
    [InlineData(2, "top-right")]
    [InlineData(3, "bottom-right")]
    [InlineData(4, "bottom-left")]
    [InlineData(5, "top-left")]
    [InlineData(6, "top-right")]
    [InlineData(7, "bottom-right")]
    [InlineData(8, "bottom-left")]
    public void An_oriented_JPEG_is_embedded_byte_for_byte_and_fills_its_upright_box(int orientation, string firstPixelCorner)
    {
        var jpeg = WithExif(TestImages.Jpeg(40, 30), orientation, bigEndian: orientation % 2 == 0);
        using var file = TempFile.With("photo.jpg", jpeg);
        var (width, height) = orientation >= 5 ? (150.0, 200.0) : (200.0, 150.0);
        var pdf = new PdfWriter().WriteToArray(Documents.Of(Documents.Page(new ImageItem(file.Path, 50, 60, width, height, "A photo"))));

        Assert.True(PdfBytes.Contains(pdf, jpeg), "the JPEG is not passed through unchanged");
        using var document = PdfDocument.Open(pdf);
        var image = Assert.Single(document.GetPage(1).GetImages());
        Assert.Equal((40, 30), (image.WidthInSamples, image.HeightInSamples));
        var box = image.BoundingBox;
        PdfPoint[] corners = [box.TopLeft, box.TopRight, box.BottomLeft, box.BottomRight];
        var (left, right) = (corners.Min(p => p.X), corners.Max(p => p.X));
        var (bottom, top) = (corners.Min(p => p.Y), corners.Max(p => p.Y));
        Assert.Equal(50, left, 0.01);
        Assert.Equal(50 + width, right, 0.01);
        Assert.Equal(Documents.A5Height - 60, top, 0.01);
        Assert.Equal(Documents.A5Height - 60 - height, bottom, 0.01);

        // PdfPig's rectangle is the unit square carried through the drawing transform: its TopLeft is image
        // space (0, 1), where §8.9.4 puts the first sample of the first row.
        var first = box.TopLeft;
        var corner = (first.Y > bottom + (height / 2) ? "top" : "bottom") + "-" + (first.X < left + (width / 2) ? "left" : "right");
        Assert.Equal(firstPixelCorner, corner);
    }

    /// <summary>Splices an APP1 EXIF segment with one Orientation entry in after the SOI marker.</summary>
    internal static byte[] WithExif(byte[] jpeg, int orientation, bool bigEndian)
    {
        byte[] U16(int v) => bigEndian ? [(byte)(v >> 8), (byte)v] : [(byte)v, (byte)(v >> 8)];
        byte[] U32(int v) => bigEndian ? [0, 0, (byte)(v >> 8), (byte)v] : [(byte)v, (byte)(v >> 8), 0, 0];
        byte[] tiff = [.. bigEndian ? "MM"u8 : "II"u8, .. U16(42), .. U32(8), .. U16(1), .. U16(0x0112), .. U16(3), .. U32(1), .. U16(orientation), 0, 0, .. U32(0)];
        byte[] body = [.. "Exif\0\0"u8, .. tiff];
        return [.. jpeg[..2], 0xFF, 0xE1, (byte)((body.Length + 2) >> 8), (byte)(body.Length + 2), .. body, .. jpeg[2..]];
    }
}
