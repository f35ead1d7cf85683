using UglyToad.PdfPig;

namespace Publish.Engine.Tests.Blocks;

/// <summary>
/// Issue 18 point 1, print: a title that takes more than one line is balanced (done-when: no last title line under a
/// third of the longest, on every legacy test article), the sample's "23rd ANNIVERSARY OF THE KHOJALY / MASSACRE"
/// included, and a heading too. Built with the default style (title 20 pt bold, centred), read back with PdfPig.
/// </summary>
public sealed class TitleBalancePrintTests
{
    public static TheoryData<string> LegacyArticles() => [.. Repo.AllManuscripts().Where(p => p.EndsWith(".txt", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(LegacyArticles))]
    public void Every_legacy_articles_title_is_balanced(string manuscript)
    {
        var lines = TitleLines(Editions.PdfOf(manuscript));

        Assert.NotEmpty(lines);
        if (lines.Count > 1)
        {
            var widths = lines.Select(l => l.Right - l.Left).ToList();
            Assert.True(widths[^1] >= widths.Max() / 3, $"{Path.GetFileName(manuscript)}: last title line {widths[^1]:0.#} pt of the longest {widths.Max():0.#} pt: {string.Join(" / ", lines.Select(l => l.Text))}");
            Assert.True(lines[^1].Text.Contains(' ', StringComparison.Ordinal), $"one word alone on the title's last line: {string.Join(" / ", lines.Select(l => l.Text))}");
        }
    }

    [Fact]
    public void The_samples_title_breaks_into_two_even_lines_and_stays_centred()
    {
        var lines = TitleLines(Editions.PdfOf(Repo.SampleManuscript));

        Assert.Equal(2, lines.Count);
        var widths = lines.Select(l => l.Right - l.Left).ToList();
        Assert.True(widths.Min() / widths.Max() > 0.7, $"uneven title lines: {string.Join(" / ", lines.Select(l => l.Text))}");

        // Centred in the column (A4, 25 mm margins: centre 297.6 pt) as before balancing.
        Assert.All(lines, l => Assert.Equal(297.6, (l.Left + l.Right) / 2, 1.5));
    }

    [Fact]
    public void A_heading_of_two_lines_is_balanced_and_one_of_one_line_untouched()
    {
        var book = PrintedBook.Build("""
            ---
            title: Headings
            lang: en
            ---

            # Shortheading

            Bodyword one.

            # Averylongheadingword opens a heading that runs past the column Lastheadingword

            Bodyword two.
            """);

        var first = book.LineOf(book.Word("Averylongheadingword"));
        var second = book.LineOf(book.Word("Lastheadingword"));
        Assert.NotEqual(first[0].Baseline, second[0].Baseline);
        var (firstWidth, secondWidth) = (first[^1].Right - first[0].Left, second[^1].Right - second[0].Left);
        Assert.True(secondWidth / firstWidth > 0.6, $"unbalanced heading: {firstWidth:0.#} / {secondWidth:0.#} pt");
        Assert.Single(book.LineOf(book.Word("Shortheading")));
    }

    /// <summary>The lines of page 1 set at the title's 20 pt, top to bottom, with their extent and words.</summary>
    private static List<(double Left, double Right, string Text)> TitleLines(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        return [.. page.GetWords()
            .Where(w => Math.Abs(w.Letters[0].PointSize - 20) < 0.5)
            .GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y))
            .OrderByDescending(g => g.Key)
            .Select(g => (g.Min(w => w.BoundingBox.Left), g.Max(w => w.BoundingBox.Right), string.Join(" ", g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text))))];
    }
}
