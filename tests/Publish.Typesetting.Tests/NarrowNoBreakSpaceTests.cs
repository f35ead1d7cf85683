using Publish.Model.Diagnostics;
using Publish.Typesetting.Paragraphs;
using Publish.Typesetting.Shaping;

namespace Publish.Typesetting.Tests;

/// <summary>
/// The reader puts a narrow no-break space (U+202F) before a French ; ! ? (Imprimerie nationale's "espace fine
/// insécable"). It must be thin and fixed: half a word space that justification does not stretch, and never a break.
/// </summary>
public sealed class NarrowNoBreakSpaceTests
{
    private const double Measure = 160 / 25.4 * 72;

    [Fact]
    public void A_narrow_no_break_space_is_half_a_word_space()
    {
        var none = NaturalWidth("Vraiment?");
        var word = NaturalWidth("Vraiment ?");
        var narrow = NaturalWidth("Vraiment\u202F?");

        Assert.True(word - none > 1, $"a word space of {word - none} pt");
        Assert.Equal((word - none) / 2, narrow - none, 3);
    }

    [Fact]
    public void Justification_stretches_word_spaces_but_not_the_narrow_one()
    {
        // A loose justified first line: the word spaces grow, the thin space before '?' keeps its width, so the
        // question mark sits as close to its word as on a line set at natural spacing.
        var text = "Vraiment\u202F? Oui, vraiment, et puis encore une fois des mots longs comme anticonstitutionnellement incompréhensiblement et caractéristiquement pour finir.";
        var line = Typeset(text, Measure).Lines[0];
        var natural = Assert.Single(Typeset("Vraiment\u202F?", Measure).Lines);

        Assert.True(line.AdjustmentRatio > 0.2, $"ratio {line.AdjustmentRatio}");
        Assert.Equal(FromLastLetterToMark(natural, "?"), FromLastLetterToMark(line, "?"), 3);
    }

    [Fact]
    public void A_line_never_breaks_at_a_narrow_no_break_space()
    {
        var text = string.Join(' ', Enumerable.Repeat("Vraiment\u202F? Oui\u202F; non\u202F!", 30));

        var layout = Typeset(text, 120);

        Assert.True(layout.Lines.Length > 5);
        Assert.DoesNotContain(layout.Lines, l => l.Text.TrimStart().StartsWith('?') || l.Text.TrimStart().StartsWith(';') || l.Text.TrimStart().StartsWith('!'));
    }

    private static double NaturalWidth(string text) => Assert.Single(Typeset(text, Measure).Lines).Width;

    /// <summary>From the start of the last letter before <paramref name="mark"/> to the mark's start: that letter's advance plus the space.</summary>
    private static double FromLastLetterToMark(TypesetLine line, string mark)
    {
        var glyphs = line.Runs.SelectMany(r => r.Glyphs.Select(g => (X: r.X + g.X, g.Text))).ToList();
        var index = glyphs.FindIndex(g => g.Text == mark);
        Assert.True(index > 0, $"no '{mark}' in \"{line.Text}\"");
        var letter = glyphs[..index].Last(g => g.Text.Trim().Length > 0);
        return glyphs[index].X - letter.X;
    }

    private static ParagraphLayout Typeset(string text, double measure)
    {
        using var shaper = new HarfBuzzShaper(ShippedFonts.SerifWithFallbacks);
        var typesetter = new ParagraphTypesetter(shaper, ShippedHyphenation.Catalog());
        return typesetter.Typeset(MarkdownInlines.Parse(text), new ParagraphStyle(11, 14.5, measure, Language: "fr"), new DiagnosticBag());
    }
}
