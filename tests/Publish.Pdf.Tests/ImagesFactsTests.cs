using Publish.Imaging;
using Publish.Model.Blocks;
using Publish.Pdf.Images;
using Publish.Pdf.Tests.Support;
using Publish.Typesetting.Frames;

namespace Publish.Pdf.Tests;

/// <summary>
/// Issue 15: with the reader's facts on an <see cref="ImageItem"/> the PDF writer parses no image header of its own
/// and opens each file once (a JPEG when it is written, anything else when it is decoded), and writes the same bytes
/// it writes from the files' own headers.
/// </summary>
public sealed class ImagesFactsTests
{
    public static TheoryData<string> Images() => ["small JPEG", "JPEG with a long header", "JPEG larger than the first read", "turned JPEG", "PNG with alpha", "PNG"];

    [Theory]
    [MemberData(nameof(Images))]
    public void A_pdf_written_from_the_readers_facts_is_the_one_written_from_the_headers(string kind)
    {
        using var file = TempFile.With(kind.Contains("PNG", StringComparison.Ordinal) ? "image.png" : "image.jpg", Image(kind));
        var facts = ImageInspector.Inspect(file.Path).Facts;
        Assert.NotNull(facts);

        var fromHeaders = new PdfWriter().WriteToArray(Documents.Of(Documents.Page(new ImageItem(file.Path, 50, 60, 200, 150, "An image"))));
        var fromFacts = new PdfWriter().WriteToArray(Documents.Of(Documents.Page(new ImageItem(file.Path, 50, 60, 200, 150, "An image") { Facts = facts })));

        Assert.Equal(fromHeaders, fromFacts);
    }

    /// <summary>Preparing a measured JPEG reads nothing: the file is opened when written (here it is gone by then, and only that fails).</summary>
    [Fact]
    public void A_measured_jpeg_is_not_read_before_it_is_written()
    {
        using var file = new TempFile("gone.jpg");

        var prepared = ImageEmbedder.Prepare(file.Path, new ImageFacts(ImageFormat.Jpeg, 40, 30));

        Assert.Equal(file.Path, prepared.JpegFile);
        Assert.ThrowsAny<IOException>(() => new PdfWriter().WriteToArray(Documents.Of(Documents.Page(
            new ImageItem(file.Path, 50, 60, 200, 150, "A photo") { Facts = new ImageFacts(ImageFormat.Jpeg, 40, 30) }))));
    }

    /// <summary>The orientation is the reader's (the one the layout made the box upright by), not read from the file again.</summary>
    [Fact]
    public void The_orientation_comes_from_the_facts()
    {
        using var file = TempFile.With("photo.jpg", TestImages.Jpeg());

        var pdf = new PdfWriter().WriteToArray(Documents.Of(Documents.Page(
            new ImageItem(file.Path, 50, 60, 150, 200, "A photo") { Facts = new ImageFacts(ImageFormat.Jpeg, 40, 30, 6) })));

        Assert.Contains(OrientationForm.Matrix(6) + " cm /Im0 Do", PdfBytes.Latin1(pdf), StringComparison.Ordinal);
    }

    private static byte[] Image(string kind) => kind switch
    {
        "small JPEG" => TestImages.Jpeg(),
        "JPEG with a long header" => PdfWriterImageTests.WithComments(TestImages.Jpeg(), count: 2, size: 40_000, beforeFrame: true),
        "JPEG larger than the first read" => PdfWriterImageTests.WithComments(TestImages.Jpeg(), count: 2, size: 40_000, beforeFrame: false),
        "turned JPEG" => ImagesOrientationTests.WithExif(TestImages.Jpeg(40, 30), 6, bigEndian: true),
        "PNG with alpha" => TestImages.Png(withAlpha: true),
        _ => TestImages.Png(withAlpha: false),
    };
}
