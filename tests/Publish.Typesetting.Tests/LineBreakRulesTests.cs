using Publish.Model.Diagnostics;
using Publish.Typesetting.Hyphenation;
using Publish.Typesetting.Paragraphs;
using Publish.Typesetting.Shaping;

namespace Publish.Typesetting.Tests;

/// <summary>
/// Issue 18's line rules with the fixed-advance shaper (at size 10 a character is 5 pt, a space 2.5 pt): ties after
/// abbreviations, sentence spacing, URL breaks, the hyphen ladder limit, the runt rule and hyphenation exceptions.
/// </summary>
public sealed class LineBreakRulesTests
{
    private static readonly FixedAdvanceShaper Shaper = new();

    private static string[] Lines(string text, double measure, LineBreakOptions? options = null, bool wide = false) =>
        [.. new ParagraphTypesetter(Shaper, null, options).Typeset(Inlines.Text(text), new ParagraphStyle(10, 12, measure, Hyphenate: false, SentenceSpacing: wide), new DiagnosticBag())
            .Lines.Select(l => l.Text)];

    [Theory]
    [InlineData("aaaa bbbb cccc see pp. 4 and more words here")]
    [InlineData("aaaa bbbb cccc the No. 822 and more words here")]
    [InlineData("aaaa bbbb cccc Bkz. s. 12 and more words here")]
    [InlineData("aaaa bbbb cccc in vol. II and more words here")]
    public void An_abbreviation_never_ends_a_line_before_its_number(string text)
    {
        // Measure 100 pt = 20 characters: the free break would fall right after the abbreviation.
        var lines = Lines(text, 100);

        Assert.DoesNotContain(lines, l => l.EndsWith("pp.", StringComparison.Ordinal) || l.EndsWith("No.", StringComparison.Ordinal)
            || l.EndsWith(" s.", StringComparison.Ordinal) || l.EndsWith("vol.", StringComparison.Ordinal));
    }

    [Fact]
    public void By_default_a_sentence_space_is_a_word_space_and_wide_spacing_spares_abbreviations_and_colons()
    {
        double Gap(ParagraphStyle style, string text, int after)
        {
            var layout = new ParagraphTypesetter(Shaper, null).Typeset(Inlines.Text(text), style, new DiagnosticBag());
            var glyphs = layout.Lines[0].Runs.SelectMany(r => r.Glyphs.Select(g => r.X + g.X)).ToList();
            return glyphs[after + 2] - glyphs[after + 1];
        }

        const string text = "one two. Three Dr. Four: five";
        var single = new ParagraphStyle(10, 12, 400, Hyphenate: false);
        var wide = single with { SentenceSpacing = true };

        Assert.Equal(2.5, Gap(single, text, 7), 6);   // "two.| Three"
        Assert.True(Gap(wide, text, 7) > 2.5);
        Assert.Equal(2.5, Gap(wide, text, 17), 6);   // "Dr.| Four"
        Assert.Equal(2.5, Gap(wide, text, 23), 6);   // "Four:| five"
    }

    [Fact]
    public void A_url_breaks_before_a_dot_never_after_it()
    {
        var lines = Lines("see www.example.org/path/file.html today", 100);

        Assert.DoesNotContain(lines.SkipLast(1), l => l.TrimEnd('\u00AD').EndsWith('.'));
        Assert.True(lines.Length > 1);
    }

    [Fact]
    public void An_exception_overrides_the_patterns()
    {
        var english = LiangHyphenator.Load(Path.Combine(RepositoryPaths.HyphenationDirectory, "hyph_en_US.dic"));
        var words = File.ReadAllText(Path.Combine(RepositoryPaths.HyphenationDirectory, "exceptions-en.txt")).Split('\n')
            .Where(l => !l.StartsWith('%')).SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var withExceptions = new ExceptionHyphenator(english, words, 2, 3);

        Assert.Equal([4], english.Hyphenate("Kazakhstan"));          // Kaza-khstan
        Assert.Equal([2, 6], withExceptions.Hyphenate("Kazakhstan")); // Ka-zakh-stan
        Assert.Equal(english.Hyphenate("hyphenation"), withExceptions.Hyphenate("hyphenation"));
    }
}
