using System.Diagnostics;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Publish.Engine.Tests.InlineConstructs;

/// <summary>
/// The test manuscripts of inline constructs built by the real <c>publish</c> process (PDF only: this branch's edition),
/// read back with PdfPig and, for the structure tree, with qpdf's uncompressed form: sub- and superscripts, a strike,
/// <c>/Lang</c> on the spans' structure elements, cross-references as labels and links to named destinations, and a
/// figure printed at the width the author gave.
/// </summary>
public sealed partial class InlineManuscriptProcessTests : IDisposable
{
    private static readonly Dictionary<string, string> FixedClock = new() { ["SOURCE_DATE_EPOCH"] = "1700000000" };

    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private string Build(string name)
    {
        var output = _scratch.File("out");
        var outcome = PublishProcess.Run(Repo.Root, FixedClock, "build", Path.Combine("tests", "manuscripts", "markdown", name + ".md"), "-o", output, "--format", "pdf", "--force");
        Assert.True(outcome.ExitCode == 0, outcome.StandardError + outcome.StandardOutput);
        return Path.Combine(output, name + ".pdf");
    }

    /// <summary>The PDF's objects uncompressed (qpdf QDF), where the structure tree's dictionaries can be read as text.</summary>
    private string Uncompressed(string pdf)
    {
        var qdf = _scratch.File(Path.GetFileNameWithoutExtension(pdf) + ".qdf");
        using var qpdf = Process.Start(new ProcessStartInfo("qpdf", ["--qdf", "--object-streams=disable", pdf, qdf]) { RedirectStandardError = true })!;
        qpdf.WaitForExit();
        return File.ReadAllText(qdf, System.Text.Encoding.Latin1);
    }

    private static Letter[] Letters(Page page, string text)
    {
        // Matched letter by letter: a ligature is one letter of two characters ("fi" in "first").
        var letters = page.Letters.ToArray();
        for (var at = 0; at + text.Length <= letters.Length; at++)
        {
            if (Enumerable.Range(0, text.Length).All(i => letters[at + i].Value == text[i].ToString()))
            {
                return letters[at..(at + text.Length)];
            }
        }

        throw new InvalidOperationException($"'{text}' is not on the page");
    }

    [Fact]
    public void Inline_formats_set_sub_and_superscripts_a_strike_and_tag_each_language_span()
    {
        var pdf = Build("inline-formats");
        using (var document = PdfDocument.Open(pdf))
        {
            var page = document.GetPage(1);
            var water = Letters(page, "H2O");
            var square = Letters(page, "x2 with");
            var baseline = water[0].StartBaseLine.Y;
            Assert.True(water[1].BoundingBox.Bottom < baseline - 0.5 && water[1].BoundingBox.Height < water[0].BoundingBox.Height * 0.8, $"subscript 2: {water[1].BoundingBox.Bottom - baseline:0.00} to {water[1].BoundingBox.Top - baseline:0.00} pt from the baseline, H {water[0].BoundingBox.Height:0.00} pt tall");
            Assert.True(square[1].BoundingBox.Bottom > square[0].StartBaseLine.Y + 1.5 && square[1].BoundingBox.Height < water[0].BoundingBox.Height * 0.7);
            Assert.Contains("handled two million one million tonnes", page.Text, StringComparison.Ordinal);
        }

        var objects = Uncompressed(pdf);

        // The struck words get a rule in the text's colour (black), besides the footer's grey rule: a stroked line.
        Assert.Matches(@"0 0 0 RG [\d.]+ w 0 J [\d.]+ [\d.]+ m [\d.]+ [\d.]+ l S", objects);

        // ISO 32000-1 §14.9.2.2: each span's language on its own Span element.
        var spans = objects.Split("endobj").Where(o => o.Contains("/S /Span", StringComparison.Ordinal))
            .Select(o => SpanLanguage().Match(o).Groups[1].Value).ToList();
        Assert.Equal(["tr", "de", "tr", "de"], spans);
    }

    [Fact]
    public void Cross_references_print_their_labels_and_link_to_their_targets_and_the_figure_takes_its_width()
    {
        var pdf = Build("cross-references");
        using (var document = PdfDocument.Open(pdf))
        {
            var page = document.GetPage(1);
            var text = page.Text.Replace('\u00A0', ' ');

            // All on one page: a label without "on p.".
            Assert.Contains("counted in Table 1. The map in Figure 1 shows", text, StringComparison.Ordinal);
            Assert.Contains("and Sources for this overview", text, StringComparison.Ordinal);
            Assert.Contains("Table 1 gives the volumes and Figure 1 the places", text, StringComparison.Ordinal);
            Assert.DoesNotContain("on p.", text, StringComparison.Ordinal);

            // {width=60%}: the photo is 60 % of the measure wide, centred on it.
            var image = Assert.Single(page.GetImages());
            // The measure from letters and figures only: punctuation at a line's end hangs into the margin (protrusion).
            var lines = page.GetWords().GroupBy(w => Math.Round(w.BoundingBox.Bottom)).Where(g => g.Count() > 8).ToList();
            var letters = lines.SelectMany(g => g).SelectMany(w => w.Letters).Where(l => l.Value.Length > 0 && char.IsLetterOrDigit(l.Value[0])).ToList();
            var left = letters.Min(l => l.BoundingBox.Left);
            var right = letters.Max(l => l.BoundingBox.Right);
            Assert.InRange(image.BoundingBox.Width / (right - left), 0.59, 0.61);
            Assert.InRange(image.BoundingBox.Left - left - (right - image.BoundingBox.Right), -1, 1);
        }

        var objects = Uncompressed(pdf);
        foreach (var target in new[] { "ref-method", "ref-tbl:records", "ref-fig:harbour", "ref-sec:sources" })
        {
            Assert.Contains($"/Dest ({target})", objects, StringComparison.Ordinal);
            Assert.Matches($@"\({Regex.Escape(target)}\)\s*\[", objects);
        }
    }

    [GeneratedRegex(@"/Lang \(([\w-]+)\)")]
    private static partial Regex SpanLanguage();
}
