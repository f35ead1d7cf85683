using Publish.Model.Diagnostics;
using Publish.Typesetting.Paragraphs;
using Publish.Typesetting.Shaping;

namespace Publish.Typesetting.Tests;

/// <summary>
/// Issue 23: a justified paragraph that needs one line looser than any tolerance must not spend it on a line
/// holding a single word fragment between two hyphenated breaks ("incomp- / rehen- / sibilities"). With TeX's
/// badness capped at 10000 every line past the cap cost the same in the final pass, so the emptiest possible
/// line was as cheap as the loose one it replaced.
/// </summary>
public sealed class LoneFragmentTests
{
    /// <summary>A4 with 25 mm margins: the default style's measure.</summary>
    private const double Measure = 160 / 25.4 * 72;

    [Fact]
    public void The_final_pass_spends_looseness_on_lines_with_spaces_not_on_a_lone_fragment()
    {
        // "aa-bb" (two 20 pt fragments, a 5 pt hyphen), five 11 pt words, then a 100 pt box that fills a line by
        // itself. The 120 pt before that box cannot make two lines within any tolerance (10 pt of stretch for
        // 80 pt of gap), so the final pass must accept a loose line. Capped, "aa-" alone (then "bb w w w w w"
        // exactly full) cost no more than any other loose line and won.
        List<BreakItem> items = [BreakItem.Box(20), BreakItem.PenaltyItem(5, 50, flagged: true), BreakItem.Box(20)];
        for (var i = 0; i < 5; i++)
        {
            items.Add(BreakItem.Glue(5, 2.5, 5 / 3.0));
            items.Add(BreakItem.Box(11));
        }

        items.Add(BreakItem.Glue(5, 2.5, 5 / 3.0));
        items.Add(BreakItem.Box(100));
        items.AddRange([BreakItem.PenaltyItem(0, BreakItem.Infinite), BreakItem.FilGlue(), BreakItem.PenaltyItem(0, BreakItem.ForcedBreak)]);

        var breaks = KnuthPlassLineBreaker.Break(items.ToArray(), [100], LineBreakOptions.Default);

        Assert.Equal(3, breaks.Count);
        Assert.All(breaks, b => Assert.Equal(3, b.Pass));
        Assert.All(breaks, b => Assert.False(b.Overfull));
        Assert.NotEqual(1, breaks[0].ItemIndex);

        // The looseness is shared by the two lines before the wide box: "aabb w w" and "w w w".
        Assert.Equal(7, breaks[0].ItemIndex);
        Assert.Equal(13, breaks[1].ItemIndex);
    }

    [Fact]
    public void Loose_badness_grows_past_the_cap_with_the_gap_and_is_finite_without_stretch()
    {
        Assert.Equal(10000, KnuthPlassLineBreaker.LooseBadness(10, 10));
        Assert.True(KnuthPlassLineBreaker.LooseBadness(80, 10) > KnuthPlassLineBreaker.LooseBadness(60, 10));
        Assert.True(KnuthPlassLineBreaker.LooseBadness(60, 5) > KnuthPlassLineBreaker.LooseBadness(60, 10));
        Assert.True(double.IsFinite(KnuthPlassLineBreaker.LooseBadness(450, 0)));
        Assert.True(KnuthPlassLineBreaker.LooseBadness(450, 0) > KnuthPlassLineBreaker.LooseBadness(300, 0));
    }

    /// <summary>
    /// The paragraphs of the two generated manuscripts that found the bug (edition property tests, seeds
    /// byr8KKrD6Kk1 and eQPbJrk0FnE2), set with the shipped fonts and hyphenation at the default style's measure.
    /// </summary>
    [Theory]
    [InlineData("tr", "counterrevolutionaries c *dctua* “efficient” – internationalization şehir [kgsq](https://example.org/kgsq)[^7] incomprehensibilities – ağaç [xsinumbyx](https://example.org/xsinumbyx) electroencephalography şehir[^2] guwp `telecommunications` nhekdyotn \"`characteristically`\"[^7] “fpvc” Donaudampfschifffahrtsgesellschaft – inpx `affluent`[^7] unquestionably characteristically institutionalization Müller jangzwd uvri uncharacteristically “rnxcnyr” *kfkteg*[^2] `ddaydrjghnpawwiuaayjujbzeo` [wlynpmglb](https://example.org/wlynpmglb) ymlzr *affine* `hwjlgkr` xinner Straße “a” ubgai *incomprehensibilities* x `g` xub[^7] difficult **fkjyrou**")]
    public void No_line_of_a_generated_paragraph_is_a_lone_fragment(string language, string markdown)
    {
        using var shaper = new HarfBuzzShaper(ShippedFonts.SerifWithFallbacks);
        var typesetter = new ParagraphTypesetter(shaper, ShippedHyphenation.Catalog());
        var diagnostics = new DiagnosticBag();

        var layout = typesetter.Typeset(MarkdownInlines.Parse(markdown), new ParagraphStyle(11, 14.5, Measure, Language: language), diagnostics);

        Assert.True(layout.Lines.Length > 3);
        foreach (var line in layout.Lines)
        {
            // A hyphenated line without a word space holds one fragment ("counterrevolu-" or "rehen-").
            var lone = line.Hyphenated && !line.Text.Trim().Contains(' ', StringComparison.Ordinal);
            Assert.False(lone, $"a line is a lone fragment: \"{line.Text}\" (lines: {string.Join(" | ", layout.Lines.Select(l => l.Text))})");
        }

        Assert.DoesNotContain(layout.Lines, l => l.Overfull);
        Assert.Equal(0, diagnostics.Count);
    }
}
