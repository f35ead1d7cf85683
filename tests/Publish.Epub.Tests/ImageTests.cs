using System.Xml.Linq;
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
        Assert.Equal(("1600", "800"), (img.Attribute("width")?.Value, img.Attribute("height")?.Value));
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

    [Fact]
    public void An_image_declaring_too_many_pixels_is_left_out_with_a_warning_and_its_caption_kept()
    {
        var folder = WrittenEpub.NewFolder();
        var options = TestDocuments.Options() with { MaxImagePixels = 100_000 };
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), options, PrintPageMap.Empty, folder);

        Assert.Contains(epub.Diagnostics, d => d.Code == EpubDiagnosticCodes.ImageTooLarge && d.Message.Contains("2400×1200", StringComparison.Ordinal));
        Assert.DoesNotContain(epub.Entries, e => e.EndsWith(".png", StringComparison.Ordinal));
        var figures = epub.Xml("EPUB/text-002.xhtml").Descendants(X + "figure").ToList();
        Assert.NotNull(figures[0].Element(X + "img"));
        Assert.Null(figures[1].Element(X + "img"));
    }

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
