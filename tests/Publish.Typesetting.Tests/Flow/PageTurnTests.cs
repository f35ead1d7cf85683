using Publish.Model;
using Publish.Typesetting.Flow;
using Publish.Typesetting.Frames;

using static Publish.Typesetting.Tests.Flow.FlowFixture;

namespace Publish.Typesetting.Tests.Flow;

/// <summary>
/// Issue 18, page make-up at the page turn: no word is cut across a page turn, in the text or in a note that runs on
/// (TeX's <c>\brokenpenalty</c>), and a paragraph's last line is not left alone overleaf because a continued note took
/// its room. Fixed 14 pt body lines and 11 pt note lines on a 700 pt text area (50 body lines a page).
/// </summary>
public sealed class PageTurnTests
{
    private static FootnoteBody Note(int number, int lines, int hyphenatedLine = -1) => FlowFixture.Note(number, lines, hyphenatedLine, prefix: "n");

    private static IEnumerable<FlowElement> Paragraph(int block, int count, int hyphenatedLine = -1, int noteLine = -1, FootnoteBody? note = null) =>
        FlowFixture.Paragraph(block, count, i => i == noteLine && note is not null ? [note] : [], hyphenatedLine);

    private static Dictionary<string, int> PageOf(Composition composition) => Placed(composition).ToDictionary(x => x.Key, x => x.Value.Page);

    [Fact]
    public void A_hyphenated_line_carrying_a_note_goes_over_with_its_note_though_the_page_is_left_nine_lines_short()
    {
        // Line 41 (0-based) is the last that fits with its 8-line note (98.5 pt with the rule) and ends in a hyphen.
        // Ending the page before it leaves 9 lines empty: a shortness a hyphen at the turn must not buy.
        var composition = new FlowComposer(Area, NoteStyle, new PageMakeUp(Leading, FlushBottom: true))
            .Compose([.. Paragraph(0, 60, hyphenatedLine: 41, noteLine: 41, note: Note(1, 8))]);

        var page = PageOf(composition);
        Assert.Equal(0, page["p0-40"]);
        Assert.Equal(1, page["p0-41"]);
        Assert.Equal(1, page["n1-0"]);
    }

    [Fact]
    public void A_note_running_on_is_not_split_after_a_hyphenated_line()
    {
        // Where the note splits without hyphens: its last line on the first page.
        var plain = PageOf(new FlowComposer(Area, NoteStyle).Compose([.. Paragraph(0, 200, noteLine: 30, note: Note(1, 120))]));
        var split = Enumerable.Range(0, 120).Last(i => plain[Invariant($"n1-{i}")] == plain["p0-30"]);
        Assert.True(split > 2, "the note has several lines on its marker's page");

        // That line ending in a hyphen, the note gives it to the next page.
        var composition = new FlowComposer(Area, NoteStyle).Compose([.. Paragraph(0, 200, noteLine: 30, note: Note(1, 120, hyphenatedLine: split))]);

        var page = PageOf(composition);
        Assert.Equal(page["p0-30"], page[Invariant($"n1-{split - 1}")]);
        Assert.Equal(page["p0-30"] + 1, page[Invariant($"n1-{split}")]);
        Assert.Equal(page["p0-30"], page["n1-0"]);
    }

    [Fact]
    public void A_last_line_under_a_continued_note_takes_the_room_of_the_notes_last_lines()
    {
        // 40 lines, then a 3-line paragraph whose second line refers to a 30-line note: the note fills the page and
        // runs on, and the paragraph's last line would stand alone at the top of the next page.
        var composition = new FlowComposer(Area, NoteStyle, new PageMakeUp(Leading, FlushBottom: true))
            .Compose([.. Paragraph(0, 40), .. Paragraph(1, 3, noteLine: 1, note: Note(1, 30)), .. Paragraph(2, 30)]);

        var page = PageOf(composition);
        Assert.Equal(0, page["p1-2"]);
        Assert.Equal(0, page["n1-0"]);
        Assert.Equal(1, page["p2-0"]);
        Assert.Equal(1, page["n1-29"]);
        Assert.Empty(composition.Issues);

        // Nothing reaches below the text area: the note gave up exactly the lines the body line needed.
        var bottom = composition.Pages[0].Items.OfType<DestinationItem>().Max(d => d.Y);
        Assert.True(bottom <= Area.Bottom, Invariant($"lowest baseline {bottom}"));
    }
}
