using Publish.Model.Diagnostics;
using Publish.Typesetting.Fonts;
using Publish.Typesetting.Paragraphs;
using Publish.Typesetting.Shaping;

namespace Publish.Typesetting.Tests;

/// <summary>
/// Lines of right-to-left paragraphs (UAX #9 §3.4: broken on the logical text, then each line reordered): the first
/// word of the text stands at the line's right end, each word's letters run leftwards, the glyphs are kept in logical
/// order (what extraction reads), reordering never changes a line's width, and the paragraph's direction comes from
/// its language. With the fixed-advance shaper, so every letter is one glyph of one width.
/// </summary>
public sealed class RightToLeftLineTests
{
    private const string Hebrew = "אבג דהו זחט יכל מנס עפצ קרש תאב גדה וזח טיכ למנ סעפ צקר שתא";

    [Fact]
    public void In_a_hebrew_paragraph_the_first_word_stands_at_the_right_and_its_letters_run_leftwards()
    {
        var line = Typeset(Hebrew, 1000, "he", LineAlignment.RaggedRight).Lines.Single();
        var glyphs = Glyphs(line);

        Assert.True(line.IsRightToLeft);
        var alef = glyphs.First(g => g.Text == "א");
        var bet = glyphs.First(g => g.Text == "ב");
        var gimel = glyphs.First(g => g.Text == "ג");
        Assert.True(alef.X > bet.X && bet.X > gimel.X, $"א {alef.X}, ב {bet.X}, ג {gimel.X}");
        Assert.Equal(glyphs.Max(g => g.X), alef.X);

        // Logical order in the glyph runs: the text layer reads the words as written.
        Assert.StartsWith("אבג דהו", line.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_right_to_left_line_is_flush_right_and_a_left_to_right_one_flush_left()
    {
        var rtl = Typeset("אבג דהו", 300, "he", LineAlignment.Justified).Lines.Single();
        var ltr = Typeset("abc def", 300, "en", LineAlignment.Justified).Lines.Single();

        Assert.Equal(300 - rtl.Width, rtl.FlushOffset, 6);
        Assert.Equal(0, ltr.FlushOffset);
        Assert.False(ltr.IsRightToLeft);
    }

    [Fact]
    public void Reordering_does_not_change_where_lines_break_nor_how_wide_they_are()
    {
        // The same letters' widths in Latin: the Hebrew paragraph must break and measure exactly like it.
        var latin = new string([.. Hebrew.Select(c => c == ' ' ? ' ' : 'x')]);
        var right = Typeset(Hebrew, 90, "he", LineAlignment.Justified);
        var left = Typeset(latin, 90, "en", LineAlignment.Justified);

        Assert.True(right.Lines.Length > 2);
        Assert.Equal(left.Lines.Select(l => l.Text.Length), right.Lines.Select(l => l.Text.Length));
        Assert.Equal(left.Lines.Select(l => Math.Round(l.Width, 6)), right.Lines.Select(l => Math.Round(l.Width, 6)));
        foreach (var line in right.Lines)
        {
            var glyphs = Glyphs(line);
            Assert.InRange(glyphs.Min(g => g.X), -0.001, line.Width);
            Assert.InRange(glyphs.Max(g => g.X) + 5, 0, line.Width + 0.001);
        }
    }

    [Fact]
    public void A_latin_word_inside_hebrew_text_reads_left_to_right_in_its_place()
    {
        var line = Typeset("אבג word דהו", 1000, "he", LineAlignment.RaggedRight).Lines.Single();
        var glyphs = Glyphs(line);

        var w = glyphs.First(g => g.Text == "w");
        var d = glyphs.First(g => g.Text == "d");
        Assert.True(d.X > w.X, "the Latin word's letters run right to left");
        Assert.True(glyphs.First(g => g.Text == "א").X > d.X, "the first Hebrew word is not right of the Latin one");
        Assert.True(w.X > glyphs.First(g => g.Text == "ד").X, "the last Hebrew word is not left of the Latin one");
    }

    [Fact]
    public void An_english_paragraph_without_right_to_left_letters_is_set_as_before()
    {
        var line = Typeset("abc def", 1000, "en", LineAlignment.RaggedRight).Lines.Single();
        var glyphs = Glyphs(line);

        Assert.False(line.IsRightToLeft);
        Assert.Equal(glyphs.OrderBy(g => g.X).Select(g => g.Text), glyphs.Select(g => g.Text));
    }

    [Fact]
    public void A_hebrew_paragraph_in_an_english_book_runs_right_to_left_and_an_english_one_in_a_hebrew_book_left_to_right()
    {
        Assert.True(Typeset("אבג דהו", 1000, "en", LineAlignment.RaggedRight).Lines.Single().IsRightToLeft);
        Assert.False(Typeset("abc def", 1000, "he", LineAlignment.RaggedRight).Lines.Single().IsRightToLeft);

        // A mixed paragraph follows its language.
        Assert.False(Typeset("abc אבג", 1000, "en", LineAlignment.RaggedRight).Lines.Single().IsRightToLeft);
        Assert.True(Typeset("abc אבג", 1000, "he", LineAlignment.RaggedRight).Lines.Single().IsRightToLeft);
    }

    private static List<(double X, string Text)> Glyphs(TypesetLine line) =>
        [.. line.Runs.SelectMany(r => r.Glyphs.Select(g => (X: r.X + g.X, g.Text))).Where(g => g.Text.Trim().Length > 0)];

    private static ParagraphLayout Typeset(string text, double measure, string language, LineAlignment alignment)
    {
        var typesetter = new ParagraphTypesetter(new FixedAdvanceShaper(advance: 0.5, spaceAdvance: 0.25), null);
        var style = new ParagraphStyle(10, 12, measure, Alignment: alignment, Language: language, BaseVariant: FontVariant.Regular, Hyphenate: false);
        return typesetter.Typeset(Inlines.Text(text), style, new DiagnosticBag());
    }
}
