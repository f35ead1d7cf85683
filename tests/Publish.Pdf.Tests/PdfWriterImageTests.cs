using Publish.Pdf.Images;
using Publish.Pdf.Tests.Support;
using Publish.Typesetting.Frames;
using UglyToad.PdfPig;

namespace Publish.Pdf.Tests;

public sealed class PdfWriterImageTests
{
    [Fact]
    public void A_JPEG_is_embedded_byte_for_byte()
    {
        var jpeg = TestImages.Jpeg();
        using var file = TempFile.With("photo.jpg", jpeg);
        var pdf = new PdfWriter().WriteToArray(Documents.Of(Documents.Page(new ImageItem(file.Path, 50, 60, 200, 150, "A photo"))));

        Assert.True(PdfBytes.Contains(pdf, jpeg));
        Assert.Contains("/Filter /DCTDecode", PdfBytes.Latin1(pdf), StringComparison.Ordinal);
        using var document = PdfDocument.Open(pdf);
        var image = Assert.Single(document.GetPage(1).GetImages());
        Assert.Equal((40, 30), (image.WidthInSamples, image.HeightInSamples));
        Assert.Equal(50, image.BoundingBox.Left, 0.01);
        Assert.Equal(Documents.A5Height - 60, image.BoundingBox.Top, 0.01);
        Assert.Equal(200, image.BoundingBox.Width, 0.01);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_large_JPEG_is_embedded_byte_for_byte_whether_or_not_its_header_fits_in_the_first_bytes_read(bool longHeader)
    {
        // Two 40 kB comments: before the frame header they make an 80 kB header (read whole), after it a small
        // header in an 80 kB file (copied from the file when written).
        var jpeg = WithComments(TestImages.Jpeg(), count: 2, size: 40_000, beforeFrame: longHeader);
        using var file = TempFile.With("photo.jpg", jpeg);
        var pdf = new PdfWriter().WriteToArray(Documents.Of(Documents.Page(new ImageItem(file.Path, 50, 60, 200, 150, "A photo"))));

        Assert.True(PdfBytes.Contains(pdf, jpeg));
        Assert.Contains($"/Filter /DCTDecode /Length {jpeg.Length} >>", PdfBytes.Latin1(pdf), StringComparison.Ordinal);
        using var document = PdfDocument.Open(pdf);
        var image = Assert.Single(document.GetPage(1).GetImages());
        Assert.Equal((40, 30), (image.WidthInSamples, image.HeightInSamples));
    }

    /// <summary>The JPEG with COM segments inserted after its start marker or after its frame header.</summary>
    internal static byte[] WithComments(byte[] jpeg, int count, int size, bool beforeFrame)
    {
        var at = 2;
        if (!beforeFrame)
        {
            while (jpeg[at + 1] is not (0xC0 or 0xC1 or 0xC2))
            {
                at += 2 + ((jpeg[at + 2] << 8) | jpeg[at + 3]);
            }

            at += 2 + ((jpeg[at + 2] << 8) | jpeg[at + 3]);
        }

        var comment = new byte[4 + size];
        (comment[0], comment[1], comment[2], comment[3]) = (0xFF, 0xFE, (byte)((size + 2) >> 8), (byte)((size + 2) & 0xFF));
        comment.AsSpan(4).Fill((byte)'x');
        return [.. jpeg.AsSpan(0, at), .. Enumerable.Repeat(comment, count).SelectMany(c => c), .. jpeg.AsSpan(at)];
    }

    [Fact]
    public void A_PNG_with_transparency_gets_a_soft_mask()
    {
        using var file = TempFile.With("logo.png", TestImages.Png(withAlpha: true));
        var raw = PdfBytes.Latin1(new PdfWriter().WriteToArray(Documents.Of(Documents.Page(new ImageItem(file.Path, 0, 0, 20, 10, null)))));

        Assert.Contains("/SMask", raw, StringComparison.Ordinal);
        Assert.Contains("/Group << /Type /Group /S /Transparency /CS /DeviceRGB >>", raw, StringComparison.Ordinal);
        Assert.Equal(2, PdfBytes.Count(PdfBytes.Latin1Bytes(raw), "/Subtype /Image"));
    }

    [Fact]
    public void An_opaque_PNG_has_no_soft_mask()
    {
        using var file = TempFile.With("chart.png", TestImages.Png(withAlpha: false));
        var pdf = new PdfWriter().WriteToArray(Documents.Of(Documents.Page(new ImageItem(file.Path, 0, 0, 20, 10, null))));

        Assert.DoesNotContain("/SMask", PdfBytes.Latin1(pdf), StringComparison.Ordinal);
        Assert.DoesNotContain("/Transparency", PdfBytes.Latin1(pdf), StringComparison.Ordinal);
        using var document = PdfDocument.Open(pdf);
        Assert.Equal((20, 10), document.GetPage(1).GetImages().Select(i => (i.WidthInSamples, i.HeightInSamples)).Single());
    }

    [Fact]
    public void An_image_placed_twice_is_embedded_once()
    {
        using var file = TempFile.With("photo.jpg", TestImages.Jpeg());
        var page1 = Documents.Page(new ImageItem(file.Path, 0, 0, 40, 30, null));
        var page2 = Documents.Page(new ImageItem(file.Path, 10, 10, 80, 60, null), new ImageItem(file.Path, 100, 100, 40, 30, null));
        var pdf = new PdfWriter().WriteToArray(Documents.Of(page1, page2));

        Assert.Equal(1, PdfBytes.Count(pdf, "/Subtype /Image"));
        using var document = PdfDocument.Open(pdf);
        Assert.Equal([1, 2], document.GetPages().Select(p => p.GetImages().Count()));
    }

    [Fact]
    public void An_image_over_the_pixel_limit_is_refused_before_decoding()
    {
        // A 7100×7100 (50.4 megapixel, just over the limit) PNG of one colour compresses to a few hundred kilobytes.
        using var file = TempFile.With("huge.png", TestImages.PlainPng(7100, 7100));
        var document = Documents.Of(Documents.Page(new ImageItem(file.Path, 0, 0, 20, 10, null)));

        var error = Assert.Throws<InvalidDataException>(() => new PdfWriter().WriteToArray(document));
        Assert.Contains("megapixel", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_JPEG_header_gives_size_components_and_Adobe_marker()
    {
        var header = JpegHeader.TryRead(TestImages.Jpeg(40, 30));
        Assert.Equal(new JpegHeader(40, 30, 3, 8, false), header);

        byte[] adobeCmyk =
        [
            0xFF, 0xD8,
            0xFF, 0xEE, 0x00, 0x0E, (byte)'A', (byte)'d', (byte)'o', (byte)'b', (byte)'e', 0, 100, 0, 0, 0, 0, 0,
            0xFF, 0xC0, 0x00, 0x0B, 8, 0x00, 0x02, 0x00, 0x03, 4, 0, 0, 0,
        ];
        Assert.Equal(new JpegHeader(3, 2, 4, 8, true), JpegHeader.TryRead(adobeCmyk));
        Assert.Null(JpegHeader.TryRead("\x89PNG\r\n"u8));
    }
}
