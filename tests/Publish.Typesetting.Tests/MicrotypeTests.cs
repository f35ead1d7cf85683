using System.Collections.Immutable;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;
using Publish.Styles;
using Publish.Typesetting.Paragraphs;
using Publish.Typesetting.Shaping;

namespace Publish.Typesetting.Tests;

/// <summary>
/// Character protrusion and font expansion (issue 18) with the fixed-advance shaper: at size 10 every character is
/// 5 pt and a space 2.5 pt, so a comma or hyphen hangs 2.5 pt (microtype's 500/1000), a full stop 3.5 pt, an
/// opening quote 1.5 pt into the left margin.
/// </summary>
public sealed class MicrotypeTests
{
    private static readonly FixedAdvanceShaper Shaper = new();

    private static readonly MicrotypeSettings ProtrusionOnly = new() { Protrusion = true, Expansion = 0 };

    private static ParagraphLayout Set(string text, double measure, MicrotypeSettings? microtype, LineAlignment alignment = LineAlignment.Justified) =>
        new ParagraphTypesetter(Shaper, null, microtype: microtype)
            .Typeset(Inlines.Text(text), new ParagraphStyle(10, 12, measure, Alignment: alignment, Hyphenate: false, SentenceSpacing: false), new DiagnosticBag());

    private static string[] Texts(ParagraphLayout layout) => [.. layout.Lines.Select(l => l.Text)];

    /// <summary>Each glyph's left edge and advance on the line (the run's scale included).</summary>
    private static List<(string Text, double Left, double Advance)> Glyphs(TypesetLine line) =>
        [.. line.Runs.SelectMany(r => r.Glyphs.ToArray().Select(g => (g.Text, r.X + g.X, 5 * r.HorizontalScale * r.Size / 10)))];

    private static double RightEdge(TypesetLine line) => Glyphs(line)[^1] is var last ? last.Left + last.Advance : 0;

    [Fact]
    public void A_line_ending_in_a_comma_has_half_the_commas_width_more_room_and_the_comma_hangs_into_the_margin()
    {
        // "aaaa bbbb," is 47.5 pt: on a 45 pt measure it fits only because its comma may hang 2.5 pt.
        var hung = Set("aaaa bbbb, cccc dddd", 45, ProtrusionOnly);
        var flush = Set("aaaa bbbb, cccc dddd", 45, null);

        Assert.Equal(["aaaa bbbb,", "cccc dddd"], Texts(hung));
        Assert.NotEqual(Texts(hung), Texts(flush));
        Assert.Equal(47.5, RightEdge(hung.Lines[0]), 6);
        Assert.Equal(45, hung.Lines[0].Width, 6);
        Assert.False(hung.Lines[0].Overfull);
    }

    [Theory]
    [InlineData('.', 3.5)]
    [InlineData(',', 2.5)]
    [InlineData(';', 1.5)]
    [InlineData('\u201D', 1.5)]
    [InlineData('e', 0)]
    public void A_justified_line_ends_its_last_glyph_past_the_measure_by_microtypes_share_of_its_width(char last, double hang)
    {
        var words = string.Join(' ', Enumerable.Range(0, 40).Select(i => new string((char)('a' + (i % 4)), 2 + (i % 5)) + last));
        var layout = Set(words, 100, ProtrusionOnly);

        Assert.True(layout.Lines.Length > 4);
        foreach (var line in layout.Lines.SkipLast(1))
        {
            Assert.Equal(100 + hang, RightEdge(line), 6);
            Assert.Equal(100, line.Width, 6);
        }
    }

    [Fact]
    public void A_soft_hyphen_break_hangs_half_the_hyphen()
    {
        // "aaaa bb-" is 37.5 pt with its hyphen: on 35 pt only with the hyphen hanging 2.5 pt.
        var layout = Set("aaaa bb\u00ADbb cccc dddd eeee", 35, ProtrusionOnly);

        Assert.Equal("aaaa bb\u00AD", layout.Lines[0].Text);
        Assert.Equal(37.5, RightEdge(layout.Lines[0]), 6);
    }

    [Fact]
    public void An_opening_quote_at_the_start_of_a_line_hangs_into_the_left_margin_and_the_line_still_fills_the_measure()
    {
        var layout = Set("\u201Caaaa bbbb cccc \u201Cdddd eeee ffff gggg hhhh", 52.5, ProtrusionOnly);

        Assert.Equal(["\u201Caaaa bbbb", "cccc \u201Cdddd", "eeee ffff", "gggg hhhh"], Texts(layout));
        Assert.Equal(-1.5, Glyphs(layout.Lines[0])[0].Left, 6);
        Assert.Equal(52.5, RightEdge(layout.Lines[0]), 6);

        // Inside a line the quote keeps its place: the kern before it is given back by the space.
        var inner = Glyphs(layout.Lines[1]);
        var quote = inner.FindIndex(g => g.Text == "\u201C");
        Assert.Equal(0, inner[0].Left, 6);
        Assert.True(inner[quote].Left - (inner[quote - 1].Left + 5) >= 2.5 - 1e-9);
    }

    [Fact]
    public void Expansion_widens_or_narrows_each_lines_glyphs_by_at_most_two_percent_in_half_percent_steps_and_evens_the_spaces()
    {
        var words = string.Join(' ', Enumerable.Range(0, 120).Select(i => new string((char)('a' + (i % 7)), 1 + ((i * 7) % 9))));
        var expanded = Set(words, 150, new MicrotypeSettings { Protrusion = false, Expansion = 0.02 });
        var natural = Set(words, 150, null);

        var scales = expanded.Lines.SelectMany(l => l.Runs).Select(r => r.HorizontalScale).ToList();
        Assert.All(scales, s => Assert.InRange(s, 0.98 - 1e-9, 1.02 + 1e-9));
        Assert.All(scales, s => Assert.Equal(0, Math.Abs(Math.IEEERemainder(s - 1, 0.005)), 9));
        Assert.Contains(scales, s => s != 1);
        foreach (var line in expanded.Lines.SkipLast(1))
        {
            var glyphs = Glyphs(line);
            Assert.Equal(150, glyphs[^1].Left + glyphs[^1].Advance, 6);
            for (var g = 1; g < glyphs.Count; g++)
            {
                // Within a word the pen moves by the scaled advance.
                if (glyphs[g].Text != " " && glyphs[g - 1].Text != " " && glyphs[g].Left - glyphs[g - 1].Left < 6)
                {
                    Assert.Equal(glyphs[g - 1].Advance, glyphs[g].Left - glyphs[g - 1].Left, 6);
                }
            }
        }

        Assert.True(WidestSpace(expanded) < WidestSpace(natural), $"{WidestSpace(expanded)} vs {WidestSpace(natural)}");
    }

    [Fact]
    public void The_letters_take_a_lines_slack_first_and_the_spaces_only_what_their_limit_leaves()
    {
        // pdfTeX's hpack (hz.ch: font_expand_ratio = slack / the letters' stretch, clipped to the limit): a line that 2 %
        // of its letters can fill keeps its spaces at their natural 2.5 pt, but for the rounding to a 0.5 % step; only a
        // line whose letters reach the limit stretches or shrinks its spaces.
        var words = string.Join(' ', Enumerable.Range(0, 160).Select(i => new string((char)('a' + (i % 7)), 1 + ((i * 7) % 9))));
        var layout = Set(words, 150, new MicrotypeSettings { Protrusion = false, Expansion = 0.02 });

        var withinLimit = 0;
        foreach (var line in layout.Lines.SkipLast(1))
        {
            var scale = line.Runs[0].HorizontalScale;
            if (Math.Abs(scale - 1) >= 0.02 - 1e-9)
            {
                continue;
            }

            withinLimit++;
            var glyphs = Glyphs(line);
            var letters = glyphs.Where(g => g.Text != " ").Sum(g => g.Advance) / scale;
            var spaces = Enumerable.Range(0, glyphs.Count - 1).Where(g => glyphs[g].Text == " ").Select(g => glyphs[g + 1].Left - glyphs[g].Left).ToList();
            var rounding = (FontExpansionStep * letters / Math.Max(1, spaces.Count)) + 1e-6;
            Assert.All(spaces, space => Assert.InRange(space, 2.5 - rounding, 2.5 + rounding));
        }

        Assert.True(withinLimit >= 3, $"{withinLimit} lines within the limit");
    }

    /// <summary>
    /// pdfTeX's 0.5 % expansion step: the most the rounding leaves for the spaces, per point of letters (a step that
    /// would take more than the slack is rounded down, so a stretched line's spaces never end up below their natural width).
    /// </summary>
    private const double FontExpansionStep = 0.005;

    [Theory]
    [InlineData(98.8)]
    [InlineData(99.3)]
    [InlineData(98.2)]
    public void A_line_without_spaces_that_must_shrink_never_passes_the_measure_by_the_expansion_step(double measure)
    {
        // A token wider than the measure breaks anywhere (a last resort): its first line is twenty letters, 100 pt, and
        // only the letters can shrink (at most 2 %, 2 pt). On 98.8 pt the nearest 0.5 % step (1 %) would end the line
        // 0.2 pt past the measure, and there is no glue to take the remainder: the step must be the one that fits (1.5 %).
        var word = string.Concat(Enumerable.Range(0, 40).Select(i => (char)('a' + (i % 26))));
        var layout = Set(word, measure, new MicrotypeSettings { Protrusion = false, Expansion = 0.02 });

        var first = layout.Lines[0];
        var letters = Glyphs(first).Where(g => char.IsLetter(g.Text[0])).ToList();
        var edge = letters[^1].Left + letters[^1].Advance;
        var dump = FormattableString.Invariant($"{first.Text}: {letters.Count} letters scaled {first.Runs[0].HorizontalScale}, ending at {edge:F3} on a {measure} pt measure");
        Assert.True(layout.Lines.Length >= 2, dump);
        Assert.False(first.Overfull, dump);
        Assert.True(edge <= measure + 1e-6, dump);
        Assert.True(first.Width <= measure + 1e-6, dump);
        Assert.All(first.Runs, r => Assert.Equal(0, Math.Abs(Math.IEEERemainder(r.HorizontalScale - 1, 0.005)), 9));

        // Within a step of the measure: rounded towards the fit, not shrunk further than it needs.
        Assert.True(edge > measure - (letters.Count * 5 * 0.005) - 1e-6, dump);
    }

    [Fact]
    public void A_shrink_limit_of_its_own_narrows_no_line_past_it_and_its_spaces_take_the_rest()
    {
        // stretch 3 %, shrink 1 %: widened lines reach past 1 %, no narrowed line goes below 99 %, and a line whose
        // letters are at the shrink limit narrows its spaces for the rest of its slack, so every line still ends flush.
        var words = string.Join(' ', Enumerable.Range(0, 400).Select(i => new string((char)('a' + (i % 7)), 1 + ((i * 7) % 9))));
        var lines = new[] { 130.0, 150, 170 }
            .SelectMany(measure => Set(words, measure, new MicrotypeSettings { Protrusion = false, Stretch = 0.03, Shrink = 0.01 }).Lines.SkipLast(1).Select(l => (Measure: measure, Line: l)))
            .ToList();

        var scales = lines.Select(l => l.Line.Runs[0].HorizontalScale).ToList();
        Assert.All(scales, s => Assert.InRange(s, 0.99 - 1e-9, 1.03 + 1e-9));
        Assert.Contains(scales, s => s > 1.01 + 1e-9);
        Assert.Contains(scales, s => s < 1 - 1e-9);
        foreach (var (measure, line) in lines)
        {
            Assert.Equal(measure, RightEdge(line), 6);
            if (line.Runs[0].HorizontalScale < 0.99 + 1e-9)
            {
                var glyphs = Glyphs(line);
                var spaces = Enumerable.Range(0, glyphs.Count - 1).Where(g => glyphs[g].Text == " ").Select(g => glyphs[g + 1].Left - glyphs[g].Left);
                Assert.All(spaces, space => Assert.True(space <= 2.5 + 1e-6, $"{line.Text}: a space of {space} pt"));
            }
        }
    }

    [Theory]
    [InlineData(LineAlignment.Justified)]
    [InlineData(LineAlignment.RaggedRight)]
    public void With_protrusion_and_expansion_off_lines_are_set_exactly_as_without_microtype(LineAlignment alignment)
    {
        var text = "\u201CAlpha, beta. Gamma\u201D delta; epsilon-zeta \u201Ceta\u201D theta, iota kappa lambda. Mu nu, xi omicron pi rho sigma.";
        var off = Set(text, 80, new MicrotypeSettings { Protrusion = false, Expansion = 0 }, alignment);
        var none = Set(text, 80, null, alignment);

        Assert.Equal(Texts(none), Texts(off));
        Assert.Equal(none.Lines.Select(l => (l.Width, l.AdjustmentRatio)), off.Lines.Select(l => (l.Width, l.AdjustmentRatio)));
        Assert.Equal(none.Lines.SelectMany(Glyphs), off.Lines.SelectMany(Glyphs));
    }

    /// <summary>The widest gap between two words on any justified line (points).</summary>
    private static double WidestSpace(ParagraphLayout layout)
    {
        var widest = 0.0;
        foreach (var line in layout.Lines.SkipLast(1))
        {
            var glyphs = Glyphs(line).Where(g => g.Text != " ").ToList();
            for (var g = 1; g < glyphs.Count; g++)
            {
                widest = Math.Max(widest, glyphs[g].Left - (glyphs[g - 1].Left + glyphs[g - 1].Advance));
            }
        }

        return widest;
    }
}
