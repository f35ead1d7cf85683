using Publish.Model;
using Publish.Typesetting.Flow;
using Publish.Typesetting.Frames;

using static Publish.Typesetting.Tests.Flow.FlowFixture;

namespace Publish.Typesetting.Tests.Flow;

/// <summary>A note broken across pages says so: an arrow after its last line on the first page, a full-measure rule over its rest.</summary>
public sealed class ContinuedNoteTests
{
    private static readonly FootnoteAreaStyle NoteStyle = FlowFixture.NoteStyle with
    {
        ContinuationMark = new FakeLine("arrow", Width: 8),
        ContinuationMarkGap = 3,
    };

    private static Composition Compose(int markerLine, FootnoteBody note, int lines = 70) =>
        new FlowComposer(Area, NoteStyle).Compose([.. Paragraph(0, lines, i => i == markerLine ? [note] : [])]);

    private static List<(int Page, DestinationItem Item)> All(Composition composition) =>
        [.. composition.Pages.SelectMany((page, index) => page.Items.OfType<DestinationItem>().Select(d => (index, d)))];

    [Fact]
    public void The_last_line_before_the_break_ends_with_the_mark_hung_right_of_the_measure()
    {
        var composition = Compose(40, Note(1, 20));

        var items = All(composition);
        var arrow = Assert.Single(items, i => i.Item.Name == "arrow");
        var lastOnPage = items.Where(i => i.Page == arrow.Page && i.Item.Name.StartsWith("note1-", StringComparison.Ordinal)).MaxBy(i => i.Item.Y);
        Assert.Equal(lastOnPage.Item.Y, arrow.Item.Y, precision: 6);
        Assert.Equal(Area.Left + Area.Measure + 3, arrow.Item.X, precision: 6);
        Assert.Contains(items, i => i.Page == arrow.Page + 1 && i.Item.Name == "note1-19");
    }

    [Fact]
    public void The_continuation_page_opens_its_notes_with_a_full_measure_rule()
    {
        var composition = Compose(40, Note(1, 20));

        var arrowPage = All(composition).Single(i => i.Item.Name == "arrow").Page;
        Assert.Equal(NoteStyle.RuleWidth, composition.Pages[arrowPage].Items.OfType<RuleItem>().Single().X2 - Area.Left, precision: 6);
        Assert.Equal(Area.Measure, composition.Pages[arrowPage + 1].Items.OfType<RuleItem>().Single().X2 - Area.Left, precision: 6);
    }

    [Fact]
    public void A_note_that_fits_gets_neither_mark()
    {
        var composition = Compose(10, Note(1, 3));

        Assert.DoesNotContain(All(composition), i => i.Item.Name == "arrow");
        Assert.All(composition.Pages.SelectMany(p => p.Items.OfType<RuleItem>()), r => Assert.Equal(NoteStyle.RuleWidth, r.X2 - r.X1, precision: 6));
    }
}
