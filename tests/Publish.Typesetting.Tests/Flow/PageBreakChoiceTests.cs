using Publish.Model;
using Publish.Typesetting.Flow;
using Publish.Typesetting.Frames;

using static Publish.Typesetting.Tests.Flow.FlowFixture;

namespace Publish.Typesetting.Tests.Flow;

/// <summary>
/// Issue 18, page make-up: where each page ends is chosen by cost, and a flush page ends on the block's last baseline.
/// Declarative: fixed 14 pt lines on a 700 pt text area (50 lines a page); each test names the line that must start a page.
/// </summary>
public sealed class PageBreakChoiceTests
{

    /// <summary>Where a full page's last line (14 pt, ascent 9, descent 3) has its baseline: the 50th line's.</summary>
    private const double BottomBaseline = 50 + (49 * Leading) + ((Leading + 9 - 3) / 2);

    private static IEnumerable<FlowElement> Paragraph(int block, int count, int hyphenatedLine = -1, Dictionary<int, FootnoteBody>? notes = null) =>
        FlowFixture.Paragraph(block, count, i => notes is not null && notes.TryGetValue(i, out var note) ? [note] : [], hyphenatedLine);

    private static FlowLine Heading(string name) => new(new FakeLine(name), Area.Left, 20, [], new BlockPosition(100, 0, 1), KeepWithNext: true, null, SourceSpan.None);


    [Fact]
    public void A_page_never_ends_on_a_hyphenated_line_when_moving_one_line_costs_less()
    {
        // The 50th line ends in a hyphen: the page ends a line early and the broken word is read on one page.
        var composition = new FlowComposer(Area, NoteStyle).Compose([.. Paragraph(0, 30), .. Paragraph(1, 40, hyphenatedLine: 19)]);

        var placed = Placed(composition);
        Assert.Equal(0, placed["p1-18"].Page);
        Assert.Equal(1, placed["p1-19"].Page);
    }

    [Fact]
    public void A_widow_and_a_hyphen_at_the_turn_are_both_avoided_by_moving_two_lines()
    {
        // The paragraph's last line would be a widow; ending a line earlier would end the page on the hyphen of
        // line 49; ending two lines earlier costs only a shorter page.
        var composition = new FlowComposer(Area, NoteStyle).Compose([.. Paragraph(0, 30), .. Paragraph(1, 21, hyphenatedLine: 18)]);

        var placed = Placed(composition);
        Assert.Equal(0, placed["p1-17"].Page);
        Assert.Equal(1, placed["p1-18"].Page);
    }

    [Fact]
    public void A_heading_keeps_two_lines_of_its_text_on_its_page()
    {
        // 46 lines + heading (20 pt) + one line fill 678 pt; the second line would not fit: the heading goes over.
        var composition = new FlowComposer(Area, NoteStyle).Compose([.. Paragraph(0, 46), new FlowSpace(8), Heading("h"), new FlowSpace(4), .. Paragraph(2, 10)]);

        var placed = Placed(composition);
        Assert.Equal(0, placed["p0-45"].Page);
        Assert.Equal(1, placed["h"].Page);
        Assert.Equal(1, placed["p2-0"].Page);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_flush_page_stretches_the_space_between_blocks_to_end_on_the_last_baseline(bool flush)
    {
        // 40 lines, 10 pt, a 20 pt heading, 6 pt, 7 lines = 694 pt: 6 pt short of the 700 pt block; the next line overflows.
        var elements = new List<FlowElement>([.. Paragraph(0, 40), new FlowSpace(10), Heading("h"), new FlowSpace(6), .. Paragraph(2, 20)]);

        var composition = new FlowComposer(Area, NoteStyle, new PageMakeUp(Leading, flush)).Compose(elements);

        var placed = Placed(composition);
        Assert.Equal(1, placed["p2-7"].Page);
        Assert.Equal(flush ? BottomBaseline : BottomBaseline - 6, placed["p2-6"].Item.Y, precision: 6);

        // Lines of a paragraph never part: only the spaces around the heading grew (by 6 × 10/16 and 6 × 6/16).
        Assert.Equal(Leading, placed["p2-6"].Item.Y - placed["p2-5"].Item.Y, precision: 6);
        Assert.Equal(Leading, placed["p0-39"].Item.Y - placed["p0-38"].Item.Y, precision: 6);
        Assert.Equal(flush ? 16 + 6 : 16, placed["p2-0"].Item.Y - placed["p0-39"].Item.Y - (20 + 10 + 6 - 16) - 14, precision: 6);

        // The last page is not stretched.
        Assert.Equal(placed["p2-8"].Item.Y + Leading, placed["p2-9"].Item.Y, precision: 6);
    }

    [Fact]
    public void A_flush_page_that_would_stretch_more_than_its_spaces_allow_stays_ragged()
    {
        // A widow is avoided by ending the page a line early, but plain text has no space to stretch.
        var composition = new FlowComposer(Area, NoteStyle, new PageMakeUp(Leading, FlushBottom: true)).Compose([.. Paragraph(0, 51)]);

        var placed = Placed(composition);
        Assert.Equal(1, placed["p0-49"].Page);
        Assert.Equal(BottomBaseline - Leading, placed["p0-48"].Item.Y, precision: 6);
    }

    [Fact]
    public void A_page_whose_note_continues_keeps_four_body_lines_above_it()
    {
        // Note 1 (120 lines of 11 pt) is referred to on page 1's 45th line; it runs on over the next pages.
        var note = new FootnoteBody(1, [.. Enumerable.Range(0, 120).Select(i => new NoteLine(new FakeLine(Invariant($"n1-{i}")), Area.Left, 11))]);
        var composition = new FlowComposer(Area, NoteStyle, new PageMakeUp(Leading, FlushBottom: true)).Compose([.. Paragraph(0, 200, notes: new() { [44] = note })]);

        var placed = Placed(composition);
        var notePages = placed.Where(p => p.Key.StartsWith("n1-", StringComparison.Ordinal)).Select(p => p.Value.Page).Distinct().Order().ToList();
        Assert.True(notePages.Count >= 3, "the note spans three pages or more");
        foreach (var page in notePages.Take(notePages.Count - 1))
        {
            var bodyLines = placed.Count(p => p.Value.Page == page && p.Key.StartsWith("p0-", StringComparison.Ordinal));
            Assert.True(bodyLines >= 4, Invariant($"page {page + 1}: {bodyLines} body lines over a continued note"));
        }
    }
}
