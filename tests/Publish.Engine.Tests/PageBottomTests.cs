using System.Globalization;
using System.Text;
using Publish.Engine.Tests.Hostile;
using UglyToad.PdfPig;

namespace Publish.Engine.Tests;

/// <summary>
/// Issue 18, page make-up: a generated book of sections (headings, paragraphs of every length, no notes) built through
/// the real CLI. With the default <c>make-up.bottom: justified</c> every page but the last ends its text on the text
/// block's bottom baseline (within 0.5 pt); with <c>ragged</c> some page ends above it, as headings and kept lines leave it.
/// </summary>
public sealed class PageBottomTests
{
    [Theory]
    [InlineData("justified")]
    [InlineData("ragged")]
    public void Make_up_bottom_decides_whether_every_full_page_ends_on_the_blocks_last_baseline(string bottom)
    {
        using var build = new HostileBuild();
        var pages = BodyPages(BuildBook(build, bottom));
        Assert.True(pages.Count >= 10, $"only {pages.Count} pages");

        // PdfPig's y grows upward: the block's bottom baseline is the lowest a page's text reaches. A full page is one
        // the text runs on from: not the last, and not one that ends a section (the next opens with its heading, which
        // took its lines along, as the typography report counts).
        var block = pages.Min(p => p.LastBaseline);
        var full = pages.Take(pages.Count - 1).Select((p, i) => (Page: i + 1, p.LastBaseline)).Where(p => !pages[p.Page].OpensWithHeading).ToList();
        Assert.True(full.Count >= 10, $"only {full.Count} full pages");
        var above = full.Select(p => (p.Page, Above: p.LastBaseline - block)).Where(p => p.Above > 0.5).ToList();
        var listing = string.Join(", ", above.Select(p => string.Create(CultureInfo.InvariantCulture, $"page {p.Page} +{p.Above:0.#} pt")));
        if (bottom == "justified")
        {
            Assert.True(above.Count == 0, listing);
        }
        else
        {
            Assert.True(above.Count > 0, "a ragged book of headings and paragraphs has no short page");
        }
    }

    /// <summary>
    /// <c>make-up.bottom: baseline-grid</c> end to end: every body line of every page sits a whole number of body
    /// leadings below the highest body baseline of the book (within 0.1 pt), whatever headings and spaces came before it
    /// on its page; with <c>ragged</c> the headings' own heights push some lines off that grid.
    /// </summary>
    [Theory]
    [InlineData("baseline-grid")]
    [InlineData("ragged")]
    public void On_a_baseline_grid_every_body_line_is_a_whole_number_of_leadings_below_the_blocks_first(string bottom)
    {
        using var build = new HostileBuild();
        var pages = BodyBaselines(BuildBook(build, bottom));
        var leading = pages.SelectMany(p => p.Zip(p.Skip(1), (a, b) => Math.Round(a - b, 1))).Where(d => d > 0).GroupBy(d => d).MaxBy(g => g.Count())!.Key;
        var top = pages.Where(p => p.Count > 0).Max(p => p[0]);
        var off = pages.SelectMany((p, i) => p.Select(y => (Page: i + 1, Y: y, Off: Math.Abs(((top - y) / leading) - Math.Round((top - y) / leading)) * leading)))
            .Where(l => l.Off > 0.1).ToList();
        var listing = string.Join(", ", off.Take(8).Select(l => string.Create(CultureInfo.InvariantCulture, $"page {l.Page} y {l.Y:0.##} ({l.Off:0.##} pt off)")));
        if (bottom == "baseline-grid")
        {
            Assert.True(off.Count == 0, $"{off.Count} body lines off the {leading} pt grid: {listing}");
        }
        else
        {
            Assert.True(off.Count > 0, "a ragged book of headings and paragraphs has every line on the grid");
        }
    }

    /// <summary>The generated 30-section book built through the CLI with <c>make-up.bottom: <paramref name="bottom"/></c>; its PDF.</summary>
    private static string BuildBook(HostileBuild build, string bottom)
    {
        var style = build.Scratch.Write(Path.Combine("house", "style.yaml"), HostileStyle.StyleText(HostileStyle.ShippedSerif, $"make-up:\n  bottom: {bottom}\n"));
        var manuscript = build.Write("book.md", GeneratedBook(sections: 30));

        var outcome = build.Build(manuscript, "--style", style, "--format", "pdf", "-q");

        Assert.True(outcome.ExitCode == 0, $"exit {outcome.ExitCode}\n{outcome.StandardError}");
        return build.Edition(manuscript, ".pdf");
    }

    /// <summary>Each page's baselines of body-size text, top first, in PdfPig's upward y.</summary>
    private static List<List<double>> BodyBaselines(string pdfPath)
    {
        using var pdf = PdfDocument.Open(pdfPath);
        var letters = pdf.GetPages().Select(p => p.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList()).ToList();
        var body = letters.SelectMany(l => l).GroupBy(l => Math.Round(l.PointSize, 1)).MaxBy(g => g.Count())!.Key;
        return [.. letters.Select(page => page.Where(l => Math.Round(l.PointSize, 1) == body).Select(l => Math.Round(l.StartBaseLine.Y, 2)).Distinct().OrderDescending().ToList())];
    }

    /// <summary>
    /// Each page's lowest baseline of body-size text (the size most letters have), in PdfPig's upward y, and whether its
    /// first line is set larger than the body (a heading).
    /// </summary>
    private static List<(double LastBaseline, bool OpensWithHeading)> BodyPages(string pdfPath)
    {
        using var pdf = PdfDocument.Open(pdfPath);
        var letters = pdf.GetPages().Select(p => p.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList()).ToList();
        var body = letters.SelectMany(l => l).GroupBy(l => Math.Round(l.PointSize, 1)).MaxBy(g => g.Count())!.Key;
        return [.. letters.Select(page => (
            page.Where(l => Math.Round(l.PointSize, 1) == body).Min(l => l.StartBaseLine.Y),
            Math.Round(page.MaxBy(l => l.StartBaseLine.Y)!.PointSize, 1) > body))];
    }

    /// <summary>Sections of a heading (every third with a subheading) and 2–6 paragraphs of 1–12 sentences: page ends of every kind.</summary>
    private static string GeneratedBook(int sections)
    {
        var random = new Random(1818);
        string[] words = ["harbour", "treaty", "archive", "railway", "council", "province", "record", "survey", "market", "the", "of", "and", "in", "with", "between", "witness", "report", "delegation"];
        string Sentence() =>
            string.Join(' ', Enumerable.Range(0, random.Next(6, 16)).Select(_ => words[random.Next(words.Length)])) is var s ? char.ToUpperInvariant(s[0]) + s[1..] + "." : string.Empty;

        var book = new StringBuilder("---\ntitle: \"Page Bottoms\"\nlang: en\n---\n\n");
        for (var s = 1; s <= sections; s++)
        {
            book.Append(CultureInfo.InvariantCulture, $"# Section {s}\n\n");
            for (var p = random.Next(2, 7); p > 0; p--)
            {
                book.Append(string.Join(' ', Enumerable.Range(0, random.Next(1, 13)).Select(_ => Sentence()))).Append("\n\n");
                if (s % 3 == 0 && p == 2)
                {
                    book.Append(CultureInfo.InvariantCulture, $"## Part {s}.2\n\n");
                }
            }
        }

        return book.ToString();
    }
}
