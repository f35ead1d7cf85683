using System.Xml.Linq;
using Publish.Imaging;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Pages;
using SkiaSharp;

namespace Publish.Epub.Tests;

public sealed class ImageTests
{
    private static readonly XNamespace X = WrittenEpub.Xhtml;

    [Fact]
    public void Exif_orientation_6_is_applied_and_not_left_for_the_reader()
    {
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options(), PrintPageMap.Empty, folder);
        var jpeg = epub.Contents["EPUB/images/0001.jpg"];

        using var codec = SKCodec.Create(SKData.CreateCopy(jpeg));
        Assert.Equal(SKEncodedOrigin.TopLeft, codec.EncodedOrigin);
        using var bitmap = SKBitmap.Decode(jpeg);
        Assert.Equal((200, 400), (bitmap.Width, bitmap.Height));
        // The stored image is red on the left: turned clockwise, red is on top.
        AssertNear(SKColors.Red, bitmap.GetPixel(100, 50));
        AssertNear(SKColors.Blue, bitmap.GetPixel(100, 350));
    }

    [Fact]
    public void A_large_png_is_downscaled_to_1600_pixels_on_the_long_edge_and_stays_png()
    {
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options(), PrintPageMap.Empty, folder);

        using var bitmap = SKBitmap.Decode(epub.Contents["EPUB/images/0002.png"]);
        Assert.Equal((1600, 800), (bitmap.Width, bitmap.Height));
        var img = epub.Xml("EPUB/text-002.xhtml").Descendants(X + "img").Single(i => i.Attribute("src")?.Value == "images/0002.png");
        Assert.Equal("A map of the region", img.Attribute("alt")?.Value);
    }

    [Fact]
    public void Alt_text_is_the_authors_description_else_the_caption_without_note_numbers()
    {
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options(), PrintPageMap.Empty, folder);
        var figures = epub.Xml("EPUB/text-002.xhtml").Descendants(X + "figure").ToList();

        Assert.Equal("Photo: the memorial in the city", figures[0].Element(X + "img")?.Attribute("alt")?.Value);
        Assert.Equal("Photo: the memorial in the city2", figures[0].Element(X + "figcaption")?.Value);
        Assert.Equal("A map of the region", figures[1].Element(X + "img")?.Attribute("alt")?.Value);
    }

    /// <summary>
    /// 7,072 × 7,071 = 50,006,112 pixels: above the one limit (<see cref="ImageLimits.MaxPixels"/>, the reader's and the
    /// PDF's), below the 60 M the EPUB used to have of its own, under which this file went on to a decode that failed.
    /// </summary>
    [Fact]
    public void An_image_declaring_more_pixels_than_the_one_limit_is_left_out_with_a_warning_and_its_caption_kept()
    {
        var folder = WrittenEpub.NewFolder();
        var document = TestDocuments.Sample(folder);
        File.WriteAllBytes(Path.Combine(folder, "map.png"), TestImages.PngDeclaring(7_072, 7_071));
        using var epub = WrittenEpub.Of(document, TestDocuments.Options(), PrintPageMap.Empty, folder);

        Assert.Contains(epub.Diagnostics, d => d.Code == EpubDiagnosticCodes.ImageTooLarge && d.Message.Contains("7072×7071", StringComparison.Ordinal));
        Assert.DoesNotContain(epub.Entries, e => e.EndsWith(".png", StringComparison.Ordinal));
        var figures = epub.Xml("EPUB/text-002.xhtml").Descendants(X + "figure").ToList();
        Assert.NotNull(figures[0].Element(X + "img"));
        Assert.Null(figures[1].Element(X + "img"));
    }

    /// <summary>The reader's facts are what the EPUB goes by: it does not read the header again (here it would find 2400×1200).</summary>
    [Fact]
    public void The_pixel_limit_is_checked_on_the_readers_facts()
    {
        var folder = WrittenEpub.NewFolder();
        var document = TestDocuments.WithFacts(TestDocuments.Sample(folder), path =>
            path.EndsWith("map.png", StringComparison.Ordinal) ? new ImageFacts(ImageFormat.Png, 7_072, 7_071) : null);
        using var epub = WrittenEpub.Of(document, TestDocuments.Options(), PrintPageMap.Empty, folder);

        Assert.Contains(epub.Diagnostics, d => d.Code == EpubDiagnosticCodes.ImageTooLarge && d.Message.Contains("7072×7071", StringComparison.Ordinal));
        Assert.DoesNotContain(epub.Entries, e => e.EndsWith(".png", StringComparison.Ordinal));
    }

    /// <summary>
    /// With the reader's facts the images are read once each (an upright JPEG copied when the zip is written, the
    /// others decoded at once) instead of header first: the book is the same, byte for byte, for a turned JPEG, an
    /// upright one larger than the first read, and a PNG. (A CMYK JPEG, which cannot be copied as it is and is decoded
    /// when the zip is written, goes through the CLI in the engine's rendering cases.)
    /// </summary>
    [Fact]
    public void An_epub_written_from_the_readers_facts_is_the_one_written_from_the_headers()
    {
        var folder = WrittenEpub.NewFolder();
        var sample = TestDocuments.Sample(folder);
        var noisy = Path.Combine(folder, "noisy.jpg");
        File.WriteAllBytes(noisy, TestImages.NoisyJpeg(900, 700));
        var document = sample with
        {
            Body =
            [
                .. sample.Body,
                new FigureBlock([TestDocuments.Text("Noise")], new ImageSource(noisy, "noise"), TestDocuments.Here),
            ],
        };
        var measured = TestDocuments.WithFacts(document, path => ImageInspector.Inspect(path).Facts);
        Assert.Equal(3, FigureCollectorFacts(measured));
        Assert.True(new FileInfo(noisy).Length > 64 * 1024, "the upright JPEG is larger than the first read");

        using var fromHeaders = WrittenEpub.Of(document, TestDocuments.Options(), PrintPageMap.Empty, folder);
        using var fromFacts = WrittenEpub.Of(measured, TestDocuments.Options(), PrintPageMap.Empty, folder);

        Assert.Equal(3, fromFacts.Entries.Count(e => e.StartsWith("EPUB/images/0", StringComparison.Ordinal)));
        Assert.Equal(fromHeaders.Bytes, fromFacts.Bytes);
    }

    private static int FigureCollectorFacts(Document document) =>
        document.Body.OfType<FigureBlock>().Count(f => f.Image?.Facts is not null);

    [Fact]
    public void A_file_that_is_not_an_image_is_left_out_with_a_warning()
    {
        var folder = WrittenEpub.NewFolder();
        var bogus = Path.Combine(folder, "bogus.jpg");
        File.WriteAllText(bogus, "not an image");
        var document = TestDocuments.Sample(folder);
        document = document with { Body = [new FigureBlock([TestDocuments.Text("A caption")], new ImageSource(bogus, null), TestDocuments.Here)] };
        using var epub = WrittenEpub.Of(document, TestDocuments.Options(), PrintPageMap.Empty, folder);

        Assert.Contains(epub.Diagnostics, d => d.Code == EpubDiagnosticCodes.ImageNotDecoded);
        var figure = epub.Xml("EPUB/text-001.xhtml").Descendants(X + "figure").Single();
        Assert.Null(figure.Element(X + "img"));
        Assert.Equal("A caption", figure.Element(X + "figcaption")?.Value);
    }

    private static void AssertNear(SKColor expected, SKColor actual)
    {
        Assert.True(Math.Abs(expected.Red - actual.Red) < 40 && Math.Abs(expected.Green - actual.Green) < 40 && Math.Abs(expected.Blue - actual.Blue) < 40,
            $"expected about {expected}, got {actual}");
    }
}
