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

    [Theory]
    [InlineData("Harbour Papers, a Glossary within a Glossary")]
    public void No_title_line_ends_on_a_one_letter_word(string title)
    {
        // The first title ended its first line on "a" before display lines bound a one-letter word to the next one
        // ("Harbour Papers, a / Glossary within a Glossary", tests/manuscripts/markdown/nested-definitions.md).
        var book = PrintedBook.Build($"---\ntitle: {title}\nlang: en\n---\n\nBodyword one.\n");
        var lines = book.Words.Where(w => w.Page == 1 && Math.Abs(w.Size - 20) < 0.5)
            .GroupBy(w => Math.Round(w.Baseline)).OrderByDescending(g => g.Key)
            .Select(g => g.OrderBy(w => w.Left).Select(w => w.Text).ToList()).ToList();

        Assert.True(lines.Count >= 2, $"the title fits one line: {string.Join(" / ", lines.Select(l => string.Join(' ', l)))}");
        Assert.All(lines.SkipLast(1), line => Assert.True(line[^1].Length > 1, $"a title line ends on a one-letter word: {string.Join(" / ", lines.Select(l => string.Join(' ', l)))}"));
    }

    [Fact]
    public void A_title_without_a_byline_leaves_the_space_a_byline_leaves_above_the_body()
    {
        // The space from the title block's last line to the body: with a byline, from the byline; without, from the
        // title, which before gave the body a title's 6 pt space-after, cramped (example-lists, nested-definitions).
        var withByline = PrintedBook.Build("---\ntitle: Harbour Papers\nauthor: Ayşe Demir\nlang: en\n---\n\nBodyword one.\n");
        var without = PrintedBook.Build("---\ntitle: Harbour Papers\nlang: en\n---\n\nBodyword one.\n");

        // The block's space (the byline's 24 pt) lies between the two lines' boxes, so the baselines are as far apart
        // as that space plus the last line's depth below its baseline: the 20 pt title's line is about 1.4 pt deeper
        // than the 12 pt byline's. Main set them 22 pt apart without a byline, against 38 pt with one.
        var bylineGap = withByline.Word("Demir").Baseline - withByline.Word("Bodyword").Baseline;
        var titleGap = without.Word("Papers").Baseline - without.Word("Bodyword").Baseline;
        Assert.True(titleGap - bylineGap is >= -0.5 and <= 2, $"title to body {titleGap:0.#} pt without a byline, byline to body {bylineGap:0.#} pt");
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
