using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;
using Publish.Typesetting.Fonts;
using Publish.Typesetting.Paragraphs;
using Publish.Typesetting.Shaping;

namespace Publish.Typesetting.Tests;

/// <summary>
/// Issue 18 point 1: display type letterspaces its runs of capitals (Bringhurst 3.2.2, 5–10 % of the size; here 6 %),
/// and nothing else — not a capital that starts a word, not lower case, not a paragraph that does not ask for it.
/// </summary>
public sealed class LetterSpacedCapitalsTests
{
    private const double Size = 20;

    [Fact]
    public void The_shaper_adds_six_percent_of_the_size_after_every_letter()
    {
        using var shaper = new HarfBuzzShaper(ShippedFonts.SerifOnly);
        var plain = shaper.Shape("KHOJALY", new RunStyle(FontVariant.Bold, Size));
        var spaced = shaper.Shape("KHOJALY", new RunStyle(FontVariant.Bold, Size, TypographicFeatures.LetterSpacedCapitals));

        Assert.Equal(plain.Width + (7 * 0.06 * Size), spaced.Width, 6);
        Assert.Equal(plain.Glyphs.Select(g => g.GlyphId), spaced.Glyphs.Select(g => g.GlyphId));
    }

    [Theory]
    [InlineData("23rd ANNIVERSARY OF THE KHOJALY MASSACRE", 11 + 2 + 3 + 7 + 8, 4)]
    [InlineData("The Ports of the Caspian", 0, 0)]
    [InlineData("Cemre Dilay BOZTEPE (AVİM) and UN", 7 + 1 + 4, 1)]
    public void A_display_line_is_wider_by_the_tracking_of_its_runs_of_three_or_more_capitals(string text, int spacedLetters, int spacedSpaces)
    {
        using var shaper = new HarfBuzzShaper(ShippedFonts.SerifOnly);
        var typesetter = new ParagraphTypesetter(shaper, null);
        var style = new ParagraphStyle(Size, 24, 2000, Alignment: LineAlignment.RaggedRight, BaseVariant: FontVariant.Bold, Hyphenate: false);
        ImmutableArray<Inline> content = [new TextInline(text, SourceSpan.None)];

        var plain = Assert.Single(typesetter.Typeset(content, style, new DiagnosticBag()).Lines);
        var spaced = Assert.Single(typesetter.Typeset(content, style with { Features = TypographicFeatures.LetterSpacedCapitals }, new DiagnosticBag()).Lines);

        // A run's letters each take the tracking, and so do the word spaces inside it ("OF" is spaced with its
        // neighbours, and the bracket between two runs joins them); "UN" alone, two capitals, is not a run, nor a
        // capital that starts a word.
        Assert.Equal(plain.Width + ((spacedLetters + spacedSpaces) * 0.06 * Size), spaced.Width, 3);
    }
}
