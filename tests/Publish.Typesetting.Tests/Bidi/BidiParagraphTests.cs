using Publish.Typesetting.Bidi;

namespace Publish.Typesetting.Tests.Bidi;

/// <summary>Readable cases of UAX #9: what a book's mixed-direction paragraphs look like after levels and reordering.</summary>
public sealed class BidiParagraphTests
{
    [Fact]
    public void A_Latin_paragraph_takes_the_fast_path_all_level_0_one_run()
    {
        var text = "Plain text, with “quotes” — and 12.5 % of numbers.";

        var paragraph = BidiParagraph.Analyze(text);

        Assert.Equal(0, paragraph.BaseLevel);
        Assert.False(paragraph.HasRightToLeft);
        Assert.All(paragraph.Levels, level => Assert.Equal(0, level));
        Assert.Equal([new BidiRun(0, text.Length, 0)], paragraph.Reorder(0, text.Length).ToArray());
    }

    [Fact]
    public void A_Hebrew_word_inside_English_is_one_right_to_left_run_between_two_left_to_right_ones()
    {
        var text = "abc אבג def";

        var paragraph = BidiParagraph.Analyze(text);

        Assert.Equal(0, paragraph.BaseLevel);
        Assert.True(paragraph.HasRightToLeft);
        Assert.Equal([0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0], Ints(paragraph.Levels));
        Assert.Equal([new BidiRun(0, 4, 0), new BidiRun(4, 3, 1), new BidiRun(7, 4, 0)], paragraph.Reorder(0, text.Length).ToArray());
        Assert.Equal([0, 1, 2, 3, 6, 5, 4, 7, 8, 9, 10], paragraph.VisualToLogical(0, text.Length).ToArray());
    }

    [Fact]
    public void English_inside_Hebrew_makes_a_right_to_left_paragraph_with_the_English_at_level_2()
    {
        var text = "אבג abc דהו";

        var paragraph = BidiParagraph.Analyze(text);

        Assert.Equal(1, paragraph.BaseLevel);
        Assert.Equal([1, 1, 1, 1, 2, 2, 2, 1, 1, 1, 1], Ints(paragraph.Levels));
        // Visually, right to left: the last Hebrew word is leftmost, "abc" still reads left to right.
        Assert.Equal([new BidiRun(7, 4, 1), new BidiRun(4, 3, 2), new BidiRun(0, 4, 1)], paragraph.Reorder(0, text.Length).ToArray());
        Assert.Equal([10, 9, 8, 7, 4, 5, 6, 3, 2, 1, 0], paragraph.VisualToLogical(0, text.Length).ToArray());
    }

    [Fact]
    public void A_given_direction_overrides_the_first_strong_character()
    {
        var paragraph = BidiParagraph.Analyze("abc אבג", BidiDirection.RightToLeft);

        Assert.Equal(1, paragraph.BaseLevel);
        Assert.True(paragraph.HasRightToLeft);
        Assert.Equal([2, 2, 2, 1, 1, 1, 1], Ints(paragraph.Levels));
    }

    [Fact]
    public void European_digits_after_Arabic_letters_are_Arabic_numbers_that_read_left_to_right()
    {
        // W2: EN after AL becomes AN; I2: AN at an odd level goes up to 2, so the number keeps its digit order. As an
        // Arabic number it does not pull the percent sign in (W5 is for European numbers only): '%' stays at level 1,
        // left of the number, where an Arabic reader expects it after "50".
        var text = "العدد 50%";

        var paragraph = BidiParagraph.Analyze(text);

        Assert.Equal(1, paragraph.BaseLevel);
        Assert.Equal([1, 1, 1, 1, 1, 1, 2, 2, 1], Ints(paragraph.Levels));
        Assert.Equal([8, 6, 7, 5, 4, 3, 2, 1, 0], paragraph.VisualToLogical(0, text.Length).ToArray());
    }

    [Fact]
    public void A_percent_after_digits_in_Hebrew_text_joins_the_European_number_W5()
    {
        // Hebrew letters are R, not AL: the digits stay EN and W5 takes the '%' into the number (level 2).
        var text = "אב 50%";

        var paragraph = BidiParagraph.Analyze(text);

        Assert.Equal([1, 1, 1, 2, 2, 2], Ints(paragraph.Levels));
        Assert.Equal([3, 4, 5, 2, 1, 0], paragraph.VisualToLogical(0, text.Length).ToArray());
    }

    [Fact]
    public void A_number_in_an_English_sentence_next_to_Hebrew_stays_left_to_right()
    {
        // W7 does not apply after R: the digits are EN at level 2 inside a level-1 run, so "2024" is not reversed.
        var text = "ab אב 2024";

        var paragraph = BidiParagraph.Analyze(text);

        Assert.Equal([0, 0, 0, 1, 1, 1, 2, 2, 2, 2], Ints(paragraph.Levels));
        Assert.Equal([0, 1, 2, 6, 7, 8, 9, 5, 4, 3], paragraph.VisualToLogical(0, text.Length).ToArray());
    }

    [Fact]
    public void Brackets_around_Hebrew_after_Hebrew_take_the_Hebrew_direction_N0()
    {
        // Without N0 the closing bracket, between R and the following space + L, would resolve to the paragraph's L.
        var text = "a אב(גד) b";

        var paragraph = BidiParagraph.Analyze(text);

        Assert.Equal([0, 0, 1, 1, 1, 1, 1, 1, 0, 0], Ints(paragraph.Levels));
        Assert.Equal([0, 1, 7, 6, 5, 4, 3, 2, 8, 9], paragraph.VisualToLogical(0, text.Length).ToArray());
    }

    [Fact]
    public void Brackets_in_a_right_to_left_paragraph_are_mirrored_characters()
    {
        Assert.Equal(')', BidiMirroring.Mirror('('));
        Assert.Equal('«', BidiMirroring.Mirror('»'));
        Assert.Equal('a', BidiMirroring.Mirror('a'));
    }

    [Fact]
    public void Trailing_spaces_of_a_line_go_back_to_the_paragraph_level_L1()
    {
        // The two spaces sit between Hebrew words (level 1 in the paragraph); when the line breaks after them they are
        // trailing whitespace and return to the paragraph level 0, at the line's right end.
        var text = "ab אב  גד";

        var paragraph = BidiParagraph.Analyze(text);

        Assert.Equal(1, paragraph.Levels[5]);
        Assert.Equal(1, paragraph.Levels[6]);
        Assert.Equal([0, 0, 0, 1, 1, 0, 0], Ints(paragraph.LineLevels(0, 7)));
        Assert.Equal([new BidiRun(0, 3, 0), new BidiRun(3, 2, 1), new BidiRun(5, 2, 0)], paragraph.Reorder(0, 7).ToArray());
        Assert.Equal([new BidiRun(7, 2, 1)], paragraph.Reorder(7, 2).ToArray());
    }

    [Fact]
    public void A_tab_goes_to_the_paragraph_level_L1()
    {
        var text = "אב\tגד";

        var paragraph = BidiParagraph.Analyze(text, BidiDirection.LeftToRight);

        Assert.Equal(1, paragraph.Levels[2]);
        Assert.Equal([1, 1, 0, 1, 1], Ints(paragraph.LineLevels(0, text.Length)));
    }

    [Fact]
    public void An_isolate_keeps_its_content_from_affecting_the_surroundings()
    {
        // FSI … PDI around a Hebrew name: P2 skips the isolate, so the paragraph stays left to right.
        var text = "\u2068אב\u2069 said";

        var paragraph = BidiParagraph.Analyze(text);

        Assert.Equal(0, paragraph.BaseLevel);
        Assert.Equal([0, 1, 1, 0, 0, 0, 0, 0, 0], Ints(paragraph.Levels));
    }

    [Fact]
    public void Both_units_of_a_surrogate_pair_share_a_level_and_stay_in_order_when_reversed()
    {
        // U+10900 and U+10901 (Phoenician, Bidi_Class R) are surrogate pairs in UTF-16.
        var text = "a \U00010900\U00010901 b";

        var paragraph = BidiParagraph.Analyze(text);

        Assert.Equal([0, 0, 1, 1, 1, 1, 0, 0], Ints(paragraph.Levels));
        Assert.Equal([0, 1, 4, 5, 2, 3, 6, 7], paragraph.VisualToLogical(0, text.Length).ToArray());
    }

    [Fact]
    public void A_right_to_left_paragraph_of_Latin_text_still_needs_reordering_for_its_trailing_space()
    {
        var text = "abc def ";

        var paragraph = BidiParagraph.Analyze(text, BidiDirection.RightToLeft);

        Assert.True(paragraph.HasRightToLeft);
        Assert.Equal([2, 2, 2, 2, 2, 2, 2, 1], Ints(paragraph.LineLevels(0, text.Length)));
        Assert.Equal([new BidiRun(7, 1, 1), new BidiRun(0, 7, 2)], paragraph.Reorder(0, text.Length).ToArray());
    }

    [Fact]
    public void An_empty_paragraph_has_no_runs()
    {
        var paragraph = BidiParagraph.Analyze(string.Empty);

        Assert.Equal(0, paragraph.BaseLevel);
        Assert.Empty(paragraph.Reorder(0, 0).ToArray());
    }

    private static int[] Ints(IEnumerable<byte> levels) => [.. levels.Select(level => (int)level)];
}
