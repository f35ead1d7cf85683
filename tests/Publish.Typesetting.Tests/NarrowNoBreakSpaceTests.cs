using Publish.Model.Diagnostics;
using Publish.Typesetting.Paragraphs;
using Publish.Typesetting.Fonts;
using Publish.Typesetting.Shaping;

namespace Publish.Typesetting.Tests;

/// <summary>
/// The reader puts a narrow no-break space (U+202F) before a French ; ! ? (Imprimerie nationale's "espace fine
/// insécable"). It must be thin and fixed: the font's own narrow space, which justification does not stretch, never a
/// break, and U+202F in the text layer.
/// </summary>
public sealed class NarrowNoBreakSpaceTests
{
    private const double Measure = 160 / 25.4 * 72;

    [Fact]
    public void A_narrow_no_break_space_is_the_fonts_own_and_extracts_as_itself()
    {
        // The shipped serif has a U+202F glyph of its own: the space is that glyph, narrower than a word space, and the
        // line's text (what the PDF's ToUnicode map gives) holds U+202F, so an extractor sees a gap there (« bonjour »).
        using var shaper = new HarfBuzzShaper(ShippedFonts.SerifWithFallbacks);
        var own = shaper.Shape("\u202F", new RunStyle(FontVariant.Regular, 11, TypographicFeatures.None));
        var none = NaturalWidth("Vraiment?");
        var word = NaturalWidth("Vraiment ?");
        var narrow = Assert.Single(Typeset("Vraiment\u202F?", Measure).Lines);

        Assert.Empty(own.MissingCodePoints);
        Assert.Equal(own.Width, narrow.Width - none, 3);
        Assert.InRange(narrow.Width - none, 0.5, (word - none) * 0.9);
        Assert.Contains('\u202F', narrow.Text);
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
