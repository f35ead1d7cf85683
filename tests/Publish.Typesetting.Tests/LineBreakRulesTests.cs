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
    public void Wide_sentence_spacing_widens_the_sentence_space_in_ragged_text_too()
    {
        // Ragged text stretches no space, so the wider sentence space is all in the space's own width: TeX's extra
        // space, a third of a word space (2.5 pt here). Abbreviations keep a word space, as in justified text.
        double Gap(ParagraphStyle style, string text, int after)
        {
            var layout = new ParagraphTypesetter(Shaper, null).Typeset(Inlines.Text(text), style, new DiagnosticBag());
            var glyphs = layout.Lines[0].Runs.SelectMany(r => r.Glyphs.Select(g => r.X + g.X)).ToList();
            return glyphs[after + 2] - glyphs[after + 1];
        }

        const string text = "one two. Three Dr. Four: five";
        var single = new ParagraphStyle(10, 12, 400, Alignment: LineAlignment.RaggedRight, Hyphenate: false);
        var wide = single with { SentenceSpacing = true };

        Assert.Equal(2.5, Gap(single, text, 7), 6);        // "two.| Three"
        Assert.Equal(2.5 * 4 / 3, Gap(wide, text, 7), 6);
        Assert.Equal(2.5, Gap(wide, text, 17), 6);         // "Dr.| Four"
        Assert.Equal(2.5, Gap(wide, text, 23), 6);         // "Four:| five"
    }

    [Fact]
    public void A_url_breaks_before_a_dot_never_after_it()
    {
        var lines = Lines("see www.example.org/path/file.html today", 100);

        Assert.DoesNotContain(lines.SkipLast(1), l => l.TrimEnd('\u00AD').EndsWith('.'));
        Assert.True(lines.Length > 1);
    }

    [Fact]
    public void A_url_never_breaks_after_a_dot_and_reads_back_whole_at_every_measure()
    {
        const string url = "https://www.example.org/path/to/file.name.html?q=1&r=2";
        var breaksBeforeDot = 0;
        var breakPoints = new HashSet<int>();
        for (var measure = 60.0; measure <= 160; measure += 2.5)
        {
            var lines = Lines("see " + url + " today", measure);
            // The lines are the text again: joined by a space after a line ending at one, directly after a break inside the URL.
            var joined = string.Concat(lines.Select((l, i) => i == lines.Length - 1 ? l : l.EndsWith('\u00AD') ? l.TrimEnd('\u00AD') : l + " "));
            Assert.Equal("see " + url + " today", joined);
            var at = "see ".Length;
            var offset = 0;
            for (var l = 0; l < lines.Length - 1; l++)
            {
                var inside = lines[l].EndsWith('\u00AD');
                offset += lines[l].TrimEnd('\u00AD').Length + (inside ? 0 : 1);
                if (!inside)
                {
                    continue;
                }

                // A break inside the URL (the line ends in the invisible U+00AD marker): a dot goes to the next line
                // (Chicago 14.18), where it shows the URL goes on, never left at the end like a full stop.
                var k = offset - at;
                Assert.InRange(k, 1, url.Length - 1);
                breakPoints.Add(k);
                var (before, after) = (url[k - 1], url[k]);
                Assert.False(before == '.', $"measure {measure}: '{lines[l]}' ends after a dot with more URL to come");
                breaksBeforeDot += after == '.' ? 1 : 0;
            }
        }

        // The measures put the break in many places, some of them before a dot ("file / .name").
        Assert.True(breakPoints.Count >= 5, $"only {breakPoints.Count} break points");
        Assert.True(breaksBeforeDot > 0);
    }

    [Fact]
    public void No_paragraph_ends_more_than_two_lines_in_a_row_in_a_hyphen_even_where_the_optimum_without_the_limit_would()
    {
        // Hyphens made cheap and a ladder free of its extra demerits, so only the limit stands between the optimum and
        // ladders of three: words of 6 to 12 letters, each with a soft hyphen near its middle.
        var cheap = new LineBreakOptions { HyphenPenalty = 5, ShortFragmentShare = 0, AdjacentHyphenDemerits = 0, FinalHyphenDemerits = 0 };
        var unlimited = cheap with { MaxConsecutiveHyphens = 0 };
        var random = new Random(18);
        var laddersWithout = 0;
        for (var paragraph = 0; paragraph < 40; paragraph++)
        {
            var words = Enumerable.Range(0, 40).Select(_ =>
            {
                var length = random.Next(6, 13);
                var letters = new string((char)('a' + random.Next(26)), length);
                return letters.Insert(length / 2, "\u00AD");
            });
            var text = string.Join(' ', words);
            laddersWithout += Ladder(text, unlimited) > 2 ? 1 : 0;
            Assert.InRange(Ladder(text, cheap), 0, 2);
        }

        Assert.True(laddersWithout > 0, "no paragraph sets a ladder of three without the limit: the test shows nothing");

        static int Ladder(string text, LineBreakOptions options)
        {
            var layout = new ParagraphTypesetter(Shaper, null, options).Typeset(Inlines.Text(text), new ParagraphStyle(10, 12, 120, Hyphenate: false), new DiagnosticBag());
            int longest = 0, run = 0;
            foreach (var line in layout.Lines)
            {
                run = line.Hyphenated ? run + 1 : 0;
                longest = Math.Max(longest, run);
            }

            return longest;
        }
    }

    [Fact]
    public void The_runt_rule_pulls_a_second_word_onto_a_last_line_that_would_hold_one_short_word()
    {
        // Twenty-two two-letter words on 260 pt: twenty-one fill the first line exactly (210 pt of letters, 20 spaces of
        // 2.5 pt), leaving "zz" alone (demerits 100 + 100). Pulling one word down sets the first line at ratio 0.53
        // (badness 15, demerits about 600): dearer without the runt rule, far cheaper than a runt's 10,000 with it.
        var words = Enumerable.Range(0, 21).Select(i => string.Concat((char)('a' + i), (char)('b' + i))).Append("zz");
        var text = string.Join(' ', words);
        string LastLine(LineBreakOptions options) =>
            new ParagraphTypesetter(Shaper, null, options).Typeset(Inlines.Text(text), new ParagraphStyle(10, 12, 260, Hyphenate: false), new DiagnosticBag()).Lines[^1].Text;

        Assert.Equal("zz", LastLine(new LineBreakOptions { RuntDemerits = 0 }));
        Assert.Equal("uv zz", LastLine(LineBreakOptions.Default));
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
