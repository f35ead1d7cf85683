using Publish.Model.Diagnostics;

namespace Publish.Engine.Tests.Hostile;

/// <summary>Issue 7 row 4: missing, escaping, broken and oversized images, through the real CLI.</summary>
public sealed class ImageTests
{
    private const string Head = "---\ntitle: Images\n---\n\nFirst paragraph.\n\n";

    [Fact]
    public void Missing_image_is_a_warning_and_a_caption_only_figure()
    {
        using var build = new HostileBuild();
        var path = build.Write("a.md", Head + "![A harbour at dusk](nowhere.png)\n");

        HostileAssert.Warned(build, build.Build(path), path, DiagnosticCodes.ImageFileMissing, 7);
        var xhtml = EditionBytes.EpubEntries(build.Edition(path, ".epub")).Where(e => e.Name.EndsWith(".xhtml", StringComparison.Ordinal)).Select(e => System.Text.Encoding.UTF8.GetString(e.Bytes));
        Assert.Contains(xhtml, x => x.Contains("A harbour at dusk", StringComparison.Ordinal));
        HostileAssert.FailsUnderStrict(build, path, DiagnosticCodes.ImageFileMissing);
    }

    /// <summary>References that escape the manuscript's folder, each refused with PUB1202 at its line.</summary>
    public static TheoryData<string> Escapes() => [.. CanaryReferences.Markdown.Keys];

    [Theory]
    [MemberData(nameof(Escapes))]
    public void Image_outside_the_manuscript_folder_is_refused(string kind)
    {
        using var build = new HostileBuild();
        var canary = CanaryReferences.Plant(build);
        var path = build.Write("a.md", Head + $"![Escape]({CanaryReferences.Markdown[kind](canary)})\n");

        HostileAssert.Refused(build, build.Build(path), path, DiagnosticCodes.ImageOutsideManuscriptFolder, 7);
    }

    [Fact]
    public void Legacy_photo_beside_the_manuscript_that_links_outside_is_refused()
    {
        using var build = new HostileBuild();
        var canary = CanaryReferences.Plant(build);
        var path = build.Write("story.txt", "\nStory\n\nAn Author\n\nStory\n\nPhoto: The harbour\n\nText.\n");
        File.CreateSymbolicLink(Path.Combine(build.BookFolder, "story.png"), canary);

        HostileAssert.Refused(build, build.Build(path), path, DiagnosticCodes.ImageOutsideManuscriptFolder, 8);
    }

    [Fact]
    public void Legacy_photo_that_is_truncated_is_an_error_naming_it()
    {
        using var build = new HostileBuild();
        build.WriteBytes("story.png", TestImages.Png(40, 30, (10, 200, 10))[..^20]);
        var path = build.Write("story.txt", "\nStory\n\nAn Author\n\nStory\n\nPhoto: The harbour\n\nText.\n");

        var message = HostileAssert.Refused(build, build.Build(path), path, "PUB1204", 8);
        Assert.Contains("story.png", message, StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[]> Corrupt() => new()
    {
        { "truncated PNG", TestImages.Png(40, 30, (200, 30, 30))[..60] },
        { "PNG without its end", TestImages.Png(40, 30, (200, 30, 30))[..^12] },
        { "PNG signature only", TestImages.Png(40, 30, (200, 30, 30))[..8] },
        { "truncated JPEG", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x00, 0x20] },
        { "truncated GIF", "GIF89a"u8.ToArray().Concat(new byte[] { 0x20, 0x00, 0x20, 0x00, 0xF0, 0x00, 0x00 }).ToArray() },
        { "truncated WebP", "RIFF"u8.ToArray().Concat(new byte[] { 0xF0, 0x00, 0x00, 0x00 }).Concat("WEBPVP8 "u8.ToArray()).Concat(new byte[] { 0x10, 0x00, 0x00, 0x00 }).ToArray() },
        { "text named .png", "this is not an image at all, just text"u8.ToArray() },
        { "empty file", [] },
    };

    [Theory]
    [MemberData(nameof(Corrupt))]
    public void Truncated_or_corrupt_image_is_an_error_naming_the_image(string kind, byte[] bytes)
    {
        using var build = new HostileBuild();
        build.WriteBytes("images/broken.png", bytes);
        var path = build.Write("a.md", Head + "![Broken](images/broken.png)\n");

        var message = HostileAssert.Refused(build, build.Build(path), path, "PUB1204", 7);
        Assert.True(message.Contains("broken.png", StringComparison.Ordinal), $"{kind}: {message}");
    }

    [Theory]
    [InlineData(50_000, 50_000)]
    [InlineData(100_000, 1_000)]
    [InlineData(int.MaxValue, int.MaxValue)]
    public void Image_declaring_more_pixels_than_the_limit_is_refused_before_decoding(int width, int height)
    {
        using var build = new HostileBuild();
        build.WriteBytes("bomb.png", TestImages.PngClaiming(width, height));
        var path = build.Write("a.md", Head + "![Bomb](bomb.png)\n");

        var message = HostileAssert.Refused(build, build.Build(path), path, "PUB1205", 7);
        Assert.Contains("bomb.png", message, StringComparison.Ordinal);
    }

    /// <summary>Two 1×1 frames: the print edition takes the first, with a warning.</summary>
    [Fact]
    public void Animated_gif_is_a_warning_and_set_in_both_editions()
    {
        using var build = new HostileBuild();
        build.WriteBytes("anim.gif", TestImages.TwoFrameGif());
        var path = build.Write("a.md", Head + "![Moving](anim.gif)\n");

        HostileAssert.Warned(build, build.Build(path), path, "PUB1206", 7);
    }

    [Fact]
    public void A_sound_png_is_set_in_both_editions()
    {
        using var build = new HostileBuild();
        build.WriteBytes("images/red.png", TestImages.Png(40, 30, (200, 30, 30)));
        var path = build.Write("a.md", Head + "![Red](images/red.png)\n");

        var outcome = build.Build(path);

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        HostileAssert.BuiltCompletely(build, path);
        Assert.Contains(EditionBytes.EpubEntries(build.Edition(path, ".epub")), e => e.Name.EndsWith(".png", StringComparison.Ordinal) || e.Name.EndsWith(".jpg", StringComparison.Ordinal));
        Assert.Contains("/Subtype /Image", System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(build.Edition(path, ".pdf"))), StringComparison.Ordinal);
    }

    public static TheoryData<string, string> CorruptScans() => new()
    {
        { "scan bytes flipped", "pdf" },
        { "scan bytes flipped", "epub" },
        { "scan cut short", "pdf" },
        { "scan cut short", "epub" },
    };

    /// <summary>
    /// Issue 14: a JPEG whose header and markers are sound but whose entropy-coded data is damaged. It was copied
    /// byte for byte into the PDF (qpdf: "error decoding stream data") and the EPUB, exit 0; it is now decoded
    /// when the manuscript is read and refused at the figure, whichever edition is asked for.
    /// </summary>
    [Theory]
    [MemberData(nameof(CorruptScans))]
    public void Jpeg_with_damaged_scan_data_is_an_error_at_the_figure(string damage, string format)
    {
        using var build = new HostileBuild();
        build.WriteBytes("images/photo.jpg", DamagedJpeg.Make(damage));
        var path = build.Write("a.md", Head + "![Photo](images/photo.jpg)\n");

        var message = HostileAssert.Refused(build, build.Build(path, "--format", format), path, "PUB1204", 7);
        Assert.Contains("photo.jpg", message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_undamaged_jpeg_the_damaged_ones_are_made_from_is_set_in_both_editions()
    {
        using var build = new HostileBuild();
        build.WriteBytes("images/photo.jpg", DamagedJpeg.Make(null));
        var path = build.Write("a.md", Head + "![Photo](images/photo.jpg)\n");

        var outcome = build.Build(path);

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        HostileAssert.BuiltCompletely(build, path);
    }

    public static TheoryData<string, string> CorruptProgressiveScans() => new()
    {
        { "scan bytes flipped", "pdf" },
        { "scan bytes flipped", "epub" },
        { "scan cut short", "pdf" },
        { "scan cut short", "epub" },
    };

    /// <summary>
    /// Issue 14: a progressive JPEG damaged in its scans. SkiaSharp filled the damage with grey and reported success,
    /// so it was passed into the PDF (DCTDecode) and the EPUB unchecked, exit 0; its scans are now walked too.
    /// </summary>
    [Theory]
    [MemberData(nameof(CorruptProgressiveScans))]
    public void Progressive_jpeg_with_damaged_scan_data_is_an_error_at_the_figure(string damage, string format)
    {
        using var build = new HostileBuild();
        build.WriteBytes("images/photo.jpg", DamagedJpeg.Make(damage, progressive: true));
        var path = build.Write("a.md", Head + "![Photo](images/photo.jpg)\n");

        var message = HostileAssert.Refused(build, build.Build(path, "--format", format), path, "PUB1204", 7);
        Assert.Contains("photo.jpg", message, StringComparison.Ordinal);
    }

    /// <summary>The undamaged progressive photo is passed through into the PDF as it is, and qpdf decodes it without a word.</summary>
    [Fact]
    public void The_undamaged_progressive_jpeg_is_set_in_both_editions_and_the_pdf_is_clean()
    {
        using var build = new HostileBuild();
        build.WriteBytes("images/photo.jpg", DamagedJpeg.Make(null, progressive: true));
        var path = build.Write("a.md", Head + "![Photo](images/photo.jpg)\n");

        var outcome = build.Build(path);

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        HostileAssert.BuiltCompletely(build, path);
        Assert.Contains("/DCTDecode", System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(build.Edition(path, ".pdf"))), StringComparison.Ordinal);
        EditionValidators.AssertPdfClean(build.Edition(path, ".pdf"));
    }

    /// <summary>
    /// An arithmetic-coded JPEG decoded without a word even when cut or damaged (SkiaSharp filled it with grey) and
    /// was re-encoded into both editions, exit 0; its damage cannot be detected, so it is refused with a way to re-save it.
    /// </summary>
    [Theory]
    [InlineData("-arithmetic")]
    [InlineData("-arithmetic -progressive")]
    public void Arithmetic_coded_jpeg_is_an_error_at_the_figure_saying_how_to_re_save_it(string options)
    {
        using var build = new HostileBuild();
        build.WriteBytes("images/photo.jpg", DamagedJpeg.Cjpeg(options.Split(' ')));
        var path = build.Write("a.md", Head + "![Photo](images/photo.jpg)\n");

        var message = HostileAssert.Refused(build, build.Build(path), path, "PUB1204", 7);
        Assert.Contains("photo.jpg", message, StringComparison.Ordinal);
        Assert.Contains("re-save it with Huffman coding", message, StringComparison.Ordinal);
    }
}
