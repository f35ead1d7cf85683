using System.Text.RegularExpressions;
using Publish.Engine.Tests.Hostile;
using UglyToad.PdfPig;

namespace Publish.Engine.Tests.Readers;

/// <summary>
/// Issue 16 item 5's done-when, in Calibre 6 itself: the EPUB converted to PDF by <c>ebook-convert</c> shows a 2:1
/// figure at 2:1 (±2 %; Calibre stretched it to 1:1 while the img carried width/height attributes), the cover on
/// exactly one page and no blank page (it showed twice, then a blank page), and <c>ebook-meta</c> reads the ISBN.
/// The PDF's images are measured where Calibre placed them (PdfPig), not by eye.
/// </summary>
[Collection(EReadersRunAlone.Name)]
public sealed partial class CalibreTests
{
    private const string Manuscript = """
        ---
        title: A Figure in Proportion
        author: Test Author
        lang: en
        publisher: Example Press
        identifier: ISBN 978-3-16-148410-0
        ---

        # The quay

        A paragraph before the figure, long enough to be a paragraph of its own.

        ![A blue field twice as wide as it is high](images/wide.png)

        After the figure.

        * * *

        Scene two, with `inline code` in it.[^1]

        [^1]: A note at the end of the chapter.

        """;

    [ReaderFact("calibre")]
    public void Calibre_shows_the_figure_in_proportion_the_cover_once_and_reads_the_isbn()
    {
        using var build = new HostileBuild();
        build.WriteBytes("images/wide.png", TestImages.Png(1200, 600, (20, 60, 200)));
        var manuscript = build.Write("book.md", Manuscript);
        var outcome = build.Build(manuscript, "--format", "epub", "-q");
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        var epub = build.Edition(manuscript, ".epub");
        var pdf = build.Scratch.File("calibre.pdf");

        // Qt WebEngine refuses to run as root inside its sandbox; CI runs as root.
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["QTWEBENGINE_CHROMIUM_FLAGS"] = "--no-sandbox", ["QT_QPA_PLATFORM"] = "offscreen" };
        var (exitCode, log) = ReaderTool.Run(ReaderTool.EbookConvert!, environment, TimeSpan.FromMinutes(3), epub, pdf);
        Assert.True(exitCode == 0 && File.Exists(pdf), log);

        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(p => (p.Number, Letters: p.Letters.Count(l => !string.IsNullOrWhiteSpace(l.Value)), Images: p.GetImages().ToList())).ToList();
        var figures = pages.SelectMany(p => p.Images.Where(i => Near(Ratio(i.WidthInSamples, i.HeightInSamples), 2.0, 0.02))).ToList();
        var figure = Assert.Single(figures);
        var shown = figure.BoundingBox.Width / figure.BoundingBox.Height;
        Assert.True(Near(shown, 2.0, 0.02), $"Calibre shows the 1200×600 figure {figure.BoundingBox.Width:0.#} × {figure.BoundingBox.Height:0.#} pt: ratio {shown:0.###}, not 2 ± 2 %");

        var coverPages = pages.Where(p => p.Images.Any(i => Near(Ratio(i.WidthInSamples, i.HeightInSamples), 2.0 / 3.0, 0.02))).Select(p => p.Number).ToList();
        Assert.True(coverPages.Count == 1, $"the cover shows on pages {string.Join(", ", coverPages)}");
        var blank = pages.Where(p => p.Letters == 0 && p.Images.Count == 0).Select(p => p.Number).ToList();
        Assert.True(blank.Count == 0, $"blank pages: {string.Join(", ", blank)}");

        var (metaExit, meta) = ReaderTool.Run(ReaderTool.EbookMeta!, environment, TimeSpan.FromMinutes(1), epub);
        Assert.True(metaExit == 0, meta);
        Assert.Matches(IsbnLine(), meta);
    }

    private static double Ratio(int width, int height) => height == 0 ? 0 : (double)width / height;

    private static bool Near(double value, double target, double tolerance) => Math.Abs(value / target - 1) <= tolerance;

    [GeneratedRegex(@"(?m)^Identifiers\s*:.*\bisbn:9783161484100\b")]
    private static partial Regex IsbnLine();
}
