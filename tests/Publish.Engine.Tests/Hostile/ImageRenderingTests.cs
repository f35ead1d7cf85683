using SkiaSharp;

namespace Publish.Engine.Tests.Hostile;

/// <summary>
/// Issue 7 row 4, rendering: CMYK JPEG, 16-bit, palette, grey+alpha and interlaced PNG, EXIF orientations 1–8, an
/// animated GIF and a WebP come out upright and in their colours in both editions. The print edition is judged by
/// poppler's rendering of the page, the EPUB by decoding the image file a reading system receives.
/// </summary>
public sealed class ImageRenderingTests(RenderedImageBook book) : IClassFixture<RenderedImageBook>
{
    private const double Landscape = (double)QuadrantPattern.Width / QuadrantPattern.Height;

    public static TheoryData<string> Names() => RenderingCases.Names();

    [Fact]
    public void The_book_builds_with_one_printed_and_one_epub_image_per_photo()
    {
        Assert.True(book.Outcome.ExitCode == 0, book.Outcome.StandardError);
        Assert.Equal(RenderingCases.All.Count, book.PrintedImages.Count);
        Assert.Equal(RenderingCases.All.Count, book.EpubImages.Count);
    }

    /// <summary>Issue 14: every image the editions take was decoded first, so both pass their validators whole.</summary>
    [Fact]
    public void Both_editions_pass_qpdf_check_and_epubcheck()
    {
        Assert.True(book.Outcome.ExitCode == 0, book.Outcome.StandardError);

        var qpdf = EditionValidators.Qpdf(book.PdfPath!);
        Assert.Contains("No syntax or stream encoding errors found", qpdf, StringComparison.Ordinal);
        Assert.DoesNotContain("WARNING", qpdf, StringComparison.Ordinal);
        var (exitCode, report) = Publish.Tests.Tools.Epubcheck.Run(book.EpubPath!);
        Assert.True(exitCode == 0, report);
        Assert.DoesNotMatch(@"(FATAL|ERROR|WARNING)\(", report);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Print_edition_shows_the_photo_upright_in_its_colours(string name)
    {
        var (index, rendering) = Find(name);
        Assert.True(book.Outcome.ExitCode == 0, book.Outcome.StandardError);
        var printed = book.PrintedImages[index];

        Assert.True(Math.Abs(printed.Aspect - Landscape) < 0.05, $"{name}: placed with aspect {printed.Aspect:F3} on page {printed.Page}, not the upright {Landscape:F3}");
        QuadrantProbe.AssertPattern(rendering, printed.Quadrants, $"PDF page {printed.Page}");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Epub_image_is_upright_in_its_colours_and_carries_no_orientation(string name)
    {
        var (index, rendering) = Find(name);
        Assert.True(book.Outcome.ExitCode == 0, book.Outcome.StandardError);
        using var data = SKData.CreateCopy(book.EpubImages[index]);
        using var codec = SKCodec.Create(data);

        // A reading system applies an orientation flag itself: upright pixels must come without one. It also honours
        // an embedded profile, so the samples are judged converted to sRGB as a reader shows them.
        Assert.Equal(SKEncodedOrigin.TopLeft, codec.EncodedOrigin);
        using var bitmap = SKBitmap.Decode(codec, codec.Info.WithColorType(SKColorType.Rgba8888).WithAlphaType(SKAlphaType.Unpremul).WithColorSpace(SKColorSpace.CreateSrgb()));
        Assert.True(Math.Abs(((double)bitmap.Width / bitmap.Height) - Landscape) < 0.05, $"{name}: {bitmap.Width}×{bitmap.Height} is not upright");
        QuadrantProbe.AssertPattern(rendering, QuadrantProbe.Sample(bitmap, 0, 0, bitmap.Width, bitmap.Height), "EPUB");
    }

    private static (int Index, RenderingCase Case) Find(string name)
    {
        var index = RenderingCases.All.ToList().FindIndex(c => c.Name == name);
        return (index, RenderingCases.All[index]);
    }
}
