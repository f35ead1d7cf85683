using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Publish.Engine.Tests.Hostile;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Publish.Engine.Tests;

/// <summary>
/// Issue 15 item 5: the style keys that were read and ignored (footer.align, footer.placement, footer.rule: none,
/// inner and outer margins, page.bleed) take effect on the printed page. Each case builds a six-page book through
/// the real CLI with a style written by the test, reads the PDF back with PdfPig and checks where the footer's
/// words, its rule and the text block sit. The footer is the only text in Noto Sans; its folio reads "p1", "p2", ….
/// </summary>
public sealed partial class StyleKeyTests
{
    private const double Mm = 72 / 25.4;

    /// <summary>A4 with a 30 mm binding margin and a 15 mm outer one: a two-sided book.</summary>
    private const string TwoSided = "page:\n  size: A4\n  margins: {top: 20mm, bottom: 30mm, inner: 30mm, outer: 15mm}\n";

    /// <summary>A4 with 25 mm on every side: a one-sided book.</summary>
    private const string OneSided = "page:\n  size: A4\n  margins: 25mm\n";

    /// <summary>Three lines none of which fits beside another, so the footer keeps three lines.</summary>
    private const string FooterLines =
        "  page-number: \"p{page}\"\n" +
        "  lines:\n" +
        "    - \"Alpha Institute for Testing, Long Street 1234, 06550 Somewhere City\"\n" +
        "    - \"Telephone +90 312 000 00 00, Facsimile +90 312 000 00 01, Office Hours\"\n" +
        "    - \"Copyright 2025 The Alpha Institute for Testing, All Rights Reserved Everywhere\"\n";

    [Theory]
    [InlineData("left")]
    [InlineData("centered")]
    [InlineData("right")]
    [InlineData("inside")]
    [InlineData("outside")]
    public void Footer_align_places_the_institution_lines_clear_of_the_folio_at_the_outer_edge(string align)
    {
        using var book = Build(TwoSided + "footer:\n  align: " + align + "\n" + FooterLines);

        foreach (var number in new[] { 1, 2 })
        {
            var page = book.Pdf.GetPage(number);
            var leftHand = number % 2 == 0;
            var (left, right) = TextBlock(page, leftHand);
            var (folio, lines) = Footer(page);
            Assert.Equal(3, lines.Count);

            // The folio keeps the outer edge: right on a right-hand page, left on a left-hand one.
            if (leftHand)
            {
                Assert.Equal(left, folio.Left, 0.5);
            }
            else
            {
                Assert.Equal(right, folio.Right, 0.5);
            }

            var flush = (align, leftHand) switch
            {
                ("left", _) or ("inside", false) or ("outside", true) => "left",
                ("right", _) or ("inside", true) or ("outside", false) => "right",
                _ => "centre",
            };
            switch (flush)
            {
                case "left" when leftHand:
                    Assert.All(lines, l => Assert.Equal(lines[0].Left, l.Left, 0.5));
                    Assert.True(lines[0].Left > folio.Right + 5, $"page {number}: the first line ({lines[0].Left:0.#}) runs into the folio ({folio.Right:0.#})");
                    break;
                case "left":
                    Assert.All(lines, l => Assert.Equal(left, l.Left, 0.5));
                    break;
                case "right" when leftHand:
                    Assert.All(lines, l => Assert.Equal(right, l.Right, 0.5));
                    break;
                case "right":
                    Assert.All(lines, l => Assert.Equal(lines[0].Right, l.Right, 0.5));
                    Assert.True(lines[0].Right < folio.Left - 5, $"page {number}: the first line ({lines[0].Right:0.#}) runs into the folio ({folio.Left:0.#})");
                    break;
                default:
                    Assert.All(lines, l => Assert.Equal((left + right) / 2, (l.Left + l.Right) / 2, 0.5));
                    break;
            }
        }
    }

    [Theory]
    [InlineData("every-page", "1 2 3 4 5 6")]
    [InlineData("first-page", "1")]
    [InlineData("except-first-page", "2 3 4 5 6")]
    [InlineData("last-page", "6")]
    [InlineData("none", "")]
    public void Footer_placement_puts_the_institution_lines_on_its_pages_and_the_folio_on_every_page(string placement, string pages)
    {
        using var book = Build(OneSided + "footer:\n  placement: " + placement + "\n" + FooterLines);

        Assert.Equal(6, book.Pdf.NumberOfPages);
        var withLines = book.Pdf.GetPages().Where(p => Footer(p).Lines.Count > 0).Select(p => p.Number.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(pages, string.Join(' ', withLines));
        Assert.All(book.Pdf.GetPages(), p => Assert.Equal("p" + p.Number.ToString(CultureInfo.InvariantCulture), Footer(p).Folio.Text));
    }

    [Theory]
    [InlineData("rule: none\n", 0)]
    [InlineData("rule: {thickness: 1pt, color: \"#ff0000\"}\n", 1)]
    [InlineData("", 0.5)]
    public void Footer_rule_none_draws_no_rule_and_a_thickness_draws_one_across_the_text_width(string rule, double thickness)
    {
        using var book = Build(OneSided + "footer:\n" + (rule.Length == 0 ? string.Empty : "  " + rule) + FooterLines);

        foreach (var page in book.Pdf.GetPages())
        {
            // Nothing else is drawn below the text area: the note separator sits above it, and this book has no notes.
            var below = page.Paths.Where(p => p.IsStroked && p.GetBoundingRectangle() is { } r && r.Top < 25 * Mm).ToList();
            if (thickness == 0)
            {
                Assert.Empty(below);
                continue;
            }

            var drawn = Assert.Single(below);
            Assert.Equal(thickness, drawn.LineWidth, 3);
            var bounds = drawn.GetBoundingRectangle()!.Value;
            Assert.Equal(25 * Mm, bounds.Left, 0.5);
            Assert.Equal(page.Width - (25 * Mm), bounds.Right, 0.5);
        }
    }

    [Fact]
    public void Inner_and_outer_margins_swap_on_left_hand_pages_of_a_two_sided_style()
    {
        using var book = Build(TwoSided + "footer:\n" + FooterLines);

        foreach (var page in book.Pdf.GetPages().Take(5))
        {
            // Letters and figures only: punctuation hangs into the margins (microtype.protrusion), a letter at most 5 % of its width.
            var letters = BodyLetters(page).Where(l => char.IsLetterOrDigit(l.Value[0])).ToList();
            var (left, right) = page.Number % 2 == 0 ? (15 * Mm, page.Width - (30 * Mm)) : (30 * Mm, page.Width - (15 * Mm));
            Assert.Equal(left, letters.Min(l => l.StartBaseLine.X), 0.5);
            Assert.Equal(right, letters.Max(l => l.EndBaseLine.X), 0.5);
        }
    }

    [Fact]
    public void Equal_inner_and_outer_margins_keep_every_page_where_it_was_set()
    {
        using var book = Build(OneSided + "footer:\n  align: left\n" + FooterLines);

        foreach (var page in book.Pdf.GetPages().Take(5))
        {
            Assert.Equal(25 * Mm, BodyLetters(page).Min(l => l.StartBaseLine.X), 0.5);
            var (folio, lines) = Footer(page);
            Assert.Equal(page.Width - (25 * Mm), folio.Right, 0.5);
            Assert.Equal(25 * Mm, lines[0].Left, 0.5);
        }
    }

    [Theory]
    [InlineData("5mm", 5)]
    [InlineData("1mm", 3)]
    public void Page_bleed_widens_the_press_sheet_to_at_least_three_millimetres(string bleed, double expected)
    {
        using var book = Build(OneSided.Replace("margins", "bleed: " + bleed + "\n  margins", StringComparison.Ordinal), "--pdf-profile", "press");

        var raw = Encoding.Latin1.GetString(File.ReadAllBytes(book.Path));
        var trim = Box(raw, "TrimBox");
        var sheet = Box(raw, "BleedBox");
        Assert.Equal(expected * Mm, trim.Left - sheet.Left, 0.05);
        Assert.Equal(expected * Mm, sheet.Right - trim.Right, 0.05);
        Assert.Equal(210 * Mm, trim.Right - trim.Left, 0.05);
    }

    /// <summary>A built book: its PDF open for reading, its scratch folder removed with it.</summary>
    private sealed class Book(HostileBuild build, string path) : IDisposable
    {
        public string Path { get; } = path;

        public PdfDocument Pdf { get; } = PdfDocument.Open(path);

        public void Dispose()
        {
            Pdf.Dispose();
            build.Dispose();
        }
    }

    /// <summary>A run of footer text from its first letter's pen position to its last letter's advance.</summary>
    private sealed record Extent(string Text, double Left, double Right, double Baseline);

    private static Book Build(string styleYaml, params string[] options)
    {
        var build = new HostileBuild();
        var style = build.Scratch.Write(System.IO.Path.Combine("house", "style.yaml"), HostileStyle.StyleText(HostileStyle.ShippedSerif, styleYaml));
        var manuscript = build.Write("book.md", Manuscript());

        var outcome = build.Build(manuscript, ["--style", style, "--format", "pdf", "-q", .. options]);

        Assert.True(outcome.ExitCode == 0, $"exit {outcome.ExitCode}\n{outcome.StandardError}");
        return new Book(build, build.Edition(manuscript, ".pdf"));
    }

    /// <summary>A title and 26 justified paragraphs of plain words, about six A4 pages; no notes, no figures.</summary>
    private static string Manuscript()
    {
        string[] words = ["river", "stone", "harbour", "evening", "market", "letter", "garden", "window", "journey", "winter", "lantern", "meadow"];
        var text = new StringBuilder("---\ntitle: A Book of Plain Paragraphs\nlang: tr\n---\n\n");
        for (var paragraph = 0; paragraph < 26; paragraph++)
        {
            text.AppendJoin(' ', Enumerable.Range(0, 110).Select(i => words[((paragraph * 7) + (i * 5) + (i / 3)) % words.Length])).Append(".\n\n");
        }

        return text.ToString();
    }

    private static bool InFooterFace(Letter letter) => letter.FontName?.Contains("NotoSans", StringComparison.Ordinal) == true;

    private static List<Letter> BodyLetters(Page page) =>
        [.. page.Letters.Where(l => !InFooterFace(l) && !string.IsNullOrWhiteSpace(l.Value) && l.PointSize < 12)];

    /// <summary>The text block's edges on a page of the test styles, from the page's own width.</summary>
    private static (double Left, double Right) TextBlock(Page page, bool leftHand) =>
        leftHand ? (15 * Mm, page.Width - (30 * Mm)) : (30 * Mm, page.Width - (15 * Mm));

    /// <summary>The folio and the institution's lines (top to bottom) of a page's footer.</summary>
    private static (Extent Folio, List<Extent> Lines) Footer(Page page)
    {
        var words = page.GetWords().Where(w => w.Letters.All(InFooterFace)).ToList();
        var folio = words.Single(w => Folio().IsMatch(w.Text));
        var lines = words.Where(w => w != folio)
            .GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y, 1))
            .OrderByDescending(g => g.Key)
            .Select(g => Of(g.OrderBy(w => w.Letters[0].StartBaseLine.X).ToList()))
            .ToList();
        return (Of([folio]), lines);

        static Extent Of(List<Word> line) => new(
            string.Join(' ', line.Select(w => w.Text)),
            line[0].Letters[0].StartBaseLine.X,
            line[^1].Letters[^1].EndBaseLine.X,
            line[0].Letters[0].StartBaseLine.Y);
    }

    private static (double Left, double Right) Box(string pdf, string name)
    {
        var match = Regex.Match(pdf, $@"/{name} \[(?<l>[\d.]+) [\d.]+ (?<r>[\d.]+) [\d.]+\]");
        Assert.True(match.Success, $"no /{name} in the PDF");
        return (double.Parse(match.Groups["l"].Value, CultureInfo.InvariantCulture), double.Parse(match.Groups["r"].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^p\d+$")]
    private static partial Regex Folio();
}
