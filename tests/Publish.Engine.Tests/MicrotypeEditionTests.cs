using Publish.Engine.Tests.Hostile;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Publish.Engine.Tests;

/// <summary>
/// Issue 18, microtypography, read back from the PDF the real CLI writes: with the default style a justified line's
/// last comma or full stop hangs past the text block's right edge by microtype's share of its width (50 %, 70 %);
/// with <c>microtype.protrusion: false</c> every line ends at the edge; with <c>microtype.expansion: 2%</c> each
/// letter is drawn within 2 % of its natural width; spelling the keys' defaults out changes no byte.
/// </summary>
public sealed class MicrotypeEditionTests
{
    private const double BodySize = 11;

    /// <summary>Letters that hang into neither margin in microtype's default set.</summary>
    private const string Flush = "abcdeghimnopqsu";

    [Fact]
    public void With_the_default_style_a_lines_last_comma_or_full_stop_hangs_past_the_right_edge_by_half_or_seven_tenths_of_its_width()
    {
        var lines = Lines("");
        var edge = Edge(lines);

        var hung = 0;
        foreach (var line in lines.Where(l => l[^1].Value is "," or "." && l[^1].EndBaseLine.X > edge - 3))
        {
            var last = line[^1];
            var share = last.Value == "," ? 0.5 : 0.7;
            // Within 0.06 pt: the PDF writes positions to two decimals and widths in thousandths of an em.
            Assert.InRange(last.EndBaseLine.X - edge, (share * Advance(last)) - 0.06, (share * Advance(last)) + 0.06);
            hung++;
        }

        Assert.True(hung >= 5, $"only {hung} lines end in a comma or full stop");
    }

    [Fact]
    public void Without_protrusion_every_justified_line_ends_at_the_edge()
    {
        var lines = Lines("microtype:\n  protrusion: false\n");
        var edge = Edge(lines);

        var justified = lines.Where(l => l[^1].EndBaseLine.X > edge - 3).ToList();
        Assert.Contains(justified, l => l[^1].Value is "," or ".");
        Assert.All(justified, l => Assert.InRange(l[^1].EndBaseLine.X, edge - 0.06, edge + 0.06));
    }

    [Fact]
    public void With_two_percent_expansion_each_letter_is_drawn_within_two_percent_of_its_natural_width_and_the_text_still_reads()
    {
        var natural = Lines("microtype:\n  protrusion: false\n").SelectMany(l => l).Where(l => l.Value == "e").Select(Advance).Min();
        using var build = new HostileBuild();
        var expandedPdf = Build(build, "microtype:\n  expansion: 2%\n");
        var expanded = LinesOf(expandedPdf).SelectMany(l => l).Where(l => l.Value == "e").Select(l => Advance(l) / natural).ToList();

        Assert.All(expanded, ratio => Assert.InRange(ratio, 0.98 - 1e-3, 1.02 + 1e-3));
        Assert.Contains(expanded, ratio => ratio > 1.004);
        using var pdf = PdfDocument.Open(expandedPdf);
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text.TrimEnd(',', '.')).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(Vocabulary.ToHashSet(StringComparer.Ordinal), words.Where(w => w.Length > 0 && w.All(char.IsLower)).ToHashSet(StringComparer.Ordinal));
        Assert.Contains("perestroika", words);
    }

    [Fact]
    public void With_a_shrink_of_its_own_no_letter_is_narrowed_past_it_while_lines_still_widen_by_the_stretch()
    {
        // microtype's stretch and shrink: a narrowed line reads darker before a widened one reads wider-set, so a style
        // may narrow less than it widens. Every "e" is read back from the PDF against its natural advance.
        var natural = Lines("microtype:\n  protrusion: false\n").SelectMany(l => l).Where(l => l.Value == "e").Select(Advance).Min();
        using var build = new HostileBuild();
        var ratios = LinesOf(Build(build, "microtype:\n  expansion: 4%\n  shrink: 1.5%\n")).SelectMany(l => l).Where(l => l.Value == "e").Select(l => Advance(l) / natural).ToList();

        Assert.All(ratios, ratio => Assert.InRange(ratio, 0.985 - 1e-3, 1.04 + 1e-3));
        Assert.Contains(ratios, ratio => ratio > 1.025);
        Assert.Contains(ratios, ratio => ratio < 0.996);
    }

    [Fact]
    public void Writing_out_the_defaults_changes_no_byte()
    {
        using var plain = new HostileBuild();
        using var spelled = new HostileBuild();

        var first = File.ReadAllBytes(Build(plain, ""));
        var second = File.ReadAllBytes(Build(spelled, "microtype:\n  protrusion: true\n  expansion: none\n"));

        Assert.Equal(first, second);
    }

    private static readonly string[] Vocabulary =
        ["the", "council", "of", "upper", "karabakh", "voted", "for", "unification", "after", "rapidly", "emerging", "protests",
         "glasnost", "and", "perestroika", "convinced", "many", "to", "demonstrate", "in", "late", "movements", "territory", "region"];

    /// <summary>The body's lines built with <paramref name="yaml"/> in the style, each its visible letters left to right.</summary>
    private static List<List<Letter>> Lines(string yaml)
    {
        using var build = new HostileBuild();
        return LinesOf(Build(build, yaml));
    }

    private static string Build(HostileBuild build, string yaml)
    {
        var style = build.Scratch.Write(Path.Combine("house", "style.yaml"), HostileStyle.StyleText(HostileStyle.ShippedSerif, yaml));
        var manuscript = build.Write("book.md", $"---\ntitle: Margins\nlang: en\n---\n\n{Text()}\n");
        var outcome = build.Build(manuscript, "--style", style, "--format", "pdf", "-q");
        Assert.True(outcome.ExitCode == 0, $"exit {outcome.ExitCode}\n{outcome.StandardError}");
        return build.Edition(manuscript, ".pdf");
    }

    /// <summary>Four paragraphs of words from <see cref="Vocabulary"/>, a comma or full stop after every third to seventh.</summary>
    private static string Text()
    {
        var paragraphs = new List<string>();
        var n = 0;
        for (var p = 0; p < 4; p++)
        {
            var words = new List<string>();
            for (var w = 0; w < 160; w++, n++)
            {
                var word = Vocabulary[(n * 7) % Vocabulary.Length];
                words.Add(w % 5 == 4 ? word + ((n / 5) % 3 == 0 ? "." : ",") : word);
            }

            paragraphs.Add(string.Join(' ', words) + ".");
        }

        return string.Join("\n\n", paragraphs);
    }

    /// <summary>The body's lines, each its visible letters left to right.</summary>
    private static List<List<Letter>> LinesOf(string pdfPath)
    {
        using var pdf = PdfDocument.Open(pdfPath);
        var lines = new List<List<Letter>>();
        foreach (var page in pdf.GetPages())
        {
            lines.AddRange(page.Letters
                .Where(l => Math.Abs(l.PointSize - BodySize) < 0.5 && !string.IsNullOrWhiteSpace(l.Value))
                .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1))
                .Select(g => g.OrderBy(l => l.StartBaseLine.X).ToList())
                .Where(l => l.Count > 20));
        }

        return lines;
    }

    /// <summary>The text block's right edge: where most lines ending in a letter that never hangs end.</summary>
    private static double Edge(List<List<Letter>> lines) =>
        lines.Where(l => Flush.Contains(l[^1].Value, StringComparison.Ordinal))
            .GroupBy(l => Math.Round(l[^1].EndBaseLine.X, 1))
            .OrderByDescending(g => g.Count())
            .First().Key;

    private static double Advance(Letter letter) => letter.EndBaseLine.X - letter.StartBaseLine.X;
}
