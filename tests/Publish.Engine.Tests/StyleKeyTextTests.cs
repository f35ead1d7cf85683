using System.Globalization;
using Publish.Engine.Tests.Hostile;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Publish.Engine.Tests;

/// <summary>
/// Issue 15 item 5, the keys that were already honoured: one book built through the real CLI with a style that sets
/// each of them far from its default, read back with PdfPig — page size and top margin, the body's size, leading,
/// colour, first-line indent and space after, a centred heading, a hanging bibliography entry, the footer's size and
/// page-number format. Each fact says where the key shows on the page.
/// </summary>
public sealed class StyleKeyTextTests(StyleKeyTextTests.LoudBook book) : IClassFixture<StyleKeyTextTests.LoudBook>
{
    private const double Mm = 72 / 25.4;
    private const double Left = 20 * Mm;

    [Fact]
    public void Page_size_a5_is_the_trim_size()
    {
        var page = book.Pdf.GetPage(1);

        Assert.Equal(148 * Mm, page.Width, 0.1);
        Assert.Equal(210 * Mm, page.Height, 0.1);
    }

    [Fact]
    public void Page_margins_top_puts_the_first_line_below_it()
    {
        var page = book.Pdf.GetPage(1);
        var top = page.Height - page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Max(l => l.BoundingBox.Top);

        Assert.InRange(top, 40 * Mm, (40 * Mm) + 24);
    }

    [Fact]
    public void Body_size_colour_and_leading_are_the_styles()
    {
        var lines = book.BodyLines();

        Assert.All(lines.SelectMany(l => l), l => Assert.Equal(13, l.PointSize, 0.01));
        var (r, g, b) = lines[0][0].Color.ToRGBValues();
        Assert.Equal((0xaa / 255.0, 0.0, 0.0), (Math.Round(r, 3), g, b), new RgbComparer());
        Assert.Equal(20, Baseline(lines[0]) - Baseline(lines[1]), 0.01);
    }

    [Fact]
    public void Body_first_line_indent_and_space_after_set_off_the_second_paragraph()
    {
        var lines = book.BodyLines();
        var second = lines.FindIndex(l => Text(l).StartsWith("Second", StringComparison.Ordinal));

        Assert.True(second > 1, "the second paragraph was not found");
        Assert.Equal(Left, lines[0][0].StartBaseLine.X, 0.5);
        Assert.Equal(Left + 30, lines[second][0].StartBaseLine.X, 0.5);
        Assert.Equal(20 + 12, Baseline(lines[second - 1]) - Baseline(lines[second]), 0.01);
    }

    [Fact]
    public void Heading_align_centered_centres_the_heading_on_the_text_block()
    {
        var heading = Lines(book.Pdf.GetPage(1)).Single(l => Text(l) == "OpeningHeading");

        Assert.Equal(book.Pdf.GetPage(1).Width / 2, (heading[0].StartBaseLine.X + heading[^1].EndBaseLine.X) / 2, 0.5);
    }

    [Fact]
    public void Bibliography_hanging_indent_sets_in_every_line_but_the_first()
    {
        var lines = book.Pdf.GetPages().SelectMany(Lines).ToList();
        var entry = lines.FindIndex(l => Text(l).StartsWith("Author,Alpha", StringComparison.Ordinal));

        Assert.True(entry >= 0, "the bibliography entry was not found");
        Assert.Equal(Left, lines[entry][0].StartBaseLine.X, 0.5);
        Assert.Equal(Left + 40, lines[entry + 1][0].StartBaseLine.X, 0.5);
    }

    [Fact]
    public void Footer_size_and_page_number_format_are_the_styles()
    {
        var pages = book.Pdf.NumberOfPages;
        foreach (var page in book.Pdf.GetPages())
        {
            var footer = page.Letters.Where(l => l.FontName?.Contains("NotoSans", StringComparison.Ordinal) == true).ToList();
            Assert.All(footer, l => Assert.Equal(6, l.PointSize, 0.01));
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Folio {page.Number} of {pages}"), string.Join(' ', page.GetWords().Where(w => w.Letters.All(footer.Contains)).Select(w => w.Text)), StringComparison.Ordinal);
        }
    }

    private static double Baseline(List<Letter> line) => line[0].StartBaseLine.Y;

    private static string Text(List<Letter> line) => string.Concat(line.Select(l => l.Value));

    /// <summary>A page's lines, top to bottom, each its visible letters left to right (a space's advance is no edge).</summary>
    private static List<List<Letter>> Lines(Page page) =>
        [.. page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).GroupBy(l => Math.Round(l.StartBaseLine.Y, 1)).OrderByDescending(g => g.Key).Select(g => g.OrderBy(l => l.StartBaseLine.X).ToList())];

    /// <summary>The book, built once for the class: a heading, two long paragraphs and a bibliography in a loud A5 style.</summary>
    public sealed class LoudBook : IDisposable
    {
        private const string Style =
            "page:\n  size: A5\n  margins: {top: 40mm, bottom: 25mm, inner: 20mm, outer: 20mm}\n" +
            "text:\n" +
            "  body: {size: 13pt, leading: 20pt, color: \"#aa0000\", first-line-indent: 30pt, space-after: 12pt}\n" +
            "  heading-1: {align: centered}\n" +
            "  bibliography: {hanging-indent: 40pt}\n" +
            "footer:\n  size: 6pt\n  page-number: \"Folio {page} of {pages}\"\n" +
            // Ragged, so the space between paragraphs is measured as set, not as a flush page stretched it.
            "make-up:\n  bottom: ragged\n";

        private readonly HostileBuild _build = new();

        public LoudBook()
        {
            var style = _build.Scratch.Write(Path.Combine("house", "style.yaml"), HostileStyle.StyleText(HostileStyle.ShippedSerif, Style));
            var words = string.Join(' ', Enumerable.Repeat("harbour evening market letter garden window journey", 6));
            var manuscript = _build.Write("book.md",
                "---\ntitle: Loud Style\nlang: tr\n---\n\n# Opening Heading\n\n" +
                $"First {words}.\n\nSecond {words}.\n\n# Bibliography\n\n" +
                "Author, Alpha. 2020. A Title Long Enough to Run onto a Second Line of the Bibliography Entry. Ankara: Press of the Institute.\n");

            var outcome = _build.Build(manuscript, "--style", style, "--format", "pdf", "-q");

            Assert.True(outcome.ExitCode == 0, $"exit {outcome.ExitCode}\n{outcome.StandardError}");
            Pdf = PdfDocument.Open(_build.Edition(manuscript, ".pdf"));
        }

        public PdfDocument Pdf { get; }

        /// <summary>The body's lines on page 1: the 13 pt letters, which no other role uses.</summary>
        public List<List<Letter>> BodyLines() =>
            [.. Lines(Pdf.GetPage(1)).Select(l => l.Where(c => Math.Abs(c.PointSize - 13) < 0.01).ToList()).Where(l => l.Count > 0)];

        public void Dispose()
        {
            Pdf.Dispose();
            _build.Dispose();
        }
    }

    /// <summary>Colours compared to three decimals, as a PDF writes them.</summary>
    private sealed class RgbComparer : IEqualityComparer<(double, double, double)>
    {
        public bool Equals((double, double, double) x, (double, double, double) y) =>
            Math.Abs(x.Item1 - y.Item1) < 0.005 && Math.Abs(x.Item2 - y.Item2) < 0.005 && Math.Abs(x.Item3 - y.Item3) < 0.005;

        public int GetHashCode((double, double, double) obj) => 0;
    }
}
