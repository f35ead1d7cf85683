using System.Globalization;
using Publish.Model;
using Publish.Typesetting.Flow;
using Publish.Typesetting.Frames;

using static Publish.Typesetting.Tests.Flow.FlowFixture;

namespace Publish.Typesetting.Tests.Flow;

public sealed class FlowComposerTests
{
    private static FlowComposer Composer() => new(Area, NoteStyle);

    /// <summary>A paragraph of <paramref name="count"/> lines; notes keyed by line index.</summary>
    private static IEnumerable<FlowElement> Paragraph(int block, int count, Dictionary<int, FootnoteBody[]>? notes = null, string prefix = "p") =>
        FlowFixture.Paragraph(block, count, i => notes is not null && notes.TryGetValue(i, out var n) ? [.. n] : [], prefix: prefix);

    [Fact]
    public void Fills_pages_at_the_leading_and_never_below_the_text_area()
    {
        // 700 pt hold exactly 50 lines of 14 pt.
        var composition = Composer().Compose([.. Paragraph(0, 120)]);

        var placed = Placed(composition);
        Assert.Equal(3, composition.Pages.Length);
        Assert.Equal(0, placed["p0-49"].Page);
        Assert.Equal(1, placed["p0-50"].Page);
        Assert.All(placed.Values, p => Assert.InRange(p.Item.Y, Area.Top, Area.Bottom));
        Assert.Equal(Leading, placed["p0-1"].Item.Y - placed["p0-0"].Item.Y, precision: 6);
    }

    [Fact]
    public void A_note_sits_at_the_bottom_of_its_markers_page_under_a_rule()
    {
        var composition = Composer().Compose([.. Paragraph(0, 10, new Dictionary<int, FootnoteBody[]> { [3] = [Note(1, 2)] })]);

        var placed = Placed(composition);
        var page = Assert.Single(composition.Pages);
        Assert.Equal([1], page.NoteNumbers.ToArray());
        var rule = Assert.Single(page.Items.OfType<RuleItem>());
        Assert.True(rule.Y1 > placed["p0-9"].Item.Y, "the rule is below the text");
        Assert.True(placed["note1-0"].Item.Y > rule.Y1, "the note is below the rule");
        Assert.Equal(Area.Bottom - NoteLeading + ((NoteLeading + 9 - 3) / 2), placed["note1-1"].Item.Y, precision: 6);
    }

    [Fact]
    public void A_right_to_left_books_note_rule_hangs_from_the_right_edge_of_the_measure()
    {
        var composer = new FlowComposer(Area, NoteStyle with { RightToLeft = true });

        var page = Assert.Single(composer.Compose([.. Paragraph(0, 10, new Dictionary<int, FootnoteBody[]> { [3] = [Note(1, 2)] })]).Pages);

        var rule = Assert.Single(page.Items.OfType<RuleItem>());
        Assert.Equal(Area.Left + Area.Measure, Math.Max(rule.X1, rule.X2), precision: 6);
        Assert.Equal(NoteStyle.RuleWidth, Math.Abs(rule.X2 - rule.X1), precision: 6);
        var leftToRight = Assert.Single(Assert.Single(Composer().Compose([.. Paragraph(0, 10, new Dictionary<int, FootnoteBody[]> { [3] = [Note(1, 2)] })]).Pages).Items.OfType<RuleItem>());
        Assert.Equal(Area.Left, Math.Min(leftToRight.X1, leftToRight.X2), precision: 6);
    }

    [Fact]
    public void A_line_whose_note_cannot_start_on_the_page_moves_to_the_next_page()
    {
        // 49 lines leave 14 pt: room for the marker line but not for the separator and a note line too.
        var composition = Composer().Compose([.. Paragraph(0, 60, new Dictionary<int, FootnoteBody[]> { [49] = [Note(1, 1)] })]);

        var placed = Placed(composition);
        Assert.Equal(1, placed["p0-49"].Page);
        Assert.Equal(1, placed["note1-0"].Page);
    }

    [Fact]
    public void A_long_note_starts_on_its_page_and_continues_on_the_next_before_later_notes()
    {
        var notes = new Dictionary<int, FootnoteBody[]> { [40] = [Note(1, 20)], [45] = [Note(2, 2)] };
        var composition = Composer().Compose([.. Paragraph(0, 70, notes)]);

        var placed = Placed(composition);
        var markerPage = placed["p0-40"].Page;
        Assert.Equal(markerPage, placed["note1-0"].Page);
        Assert.Equal(markerPage + 1, placed["note1-19"].Page);

        // On the continuation page, note 1's rest comes before note 2's start.
        var next = composition.Pages[markerPage + 1].Items.OfType<DestinationItem>().Select(d => d.Name).Where(n => n.StartsWith("note", StringComparison.Ordinal)).ToList();
        Assert.True(next.IndexOf("note1-19") < next.IndexOf("note2-0") || placed["note2-0"].Page == markerPage + 2);
    }

    [Fact]
    public void Every_note_of_a_long_book_starts_on_its_markers_page_in_marker_order()
    {
        var random = new Random(7);
        var elements = new List<FlowElement>();
        var number = 1;
        for (var block = 0; block < 400; block++)
        {
            var count = random.Next(1, 12);
            var notes = new Dictionary<int, FootnoteBody[]>();
            // Numbers follow marker order, as the readers number notes.
            foreach (var at in new[] { random.Next(count), random.Next(count) }.Order())
            {
                var body = Note(number++, random.Next(1, 3) == 1 ? random.Next(1, 30) : random.Next(1, 4));
                notes[at] = notes.TryGetValue(at, out var existing) ? [.. existing, body] : [body];
            }

            elements.AddRange(Paragraph(block, count, notes));
            elements.Add(new FlowSpace(6));
        }

        var composition = Composer().Compose(elements);

        var placed = Placed(composition);
        foreach (var element in elements.OfType<FlowLine>())
        {
            foreach (var note in element.Notes)
            {
                var marker = placed[((FakeLine)element.Line).Name];
                Assert.Equal(marker.Page, placed[Invariant($"note{note.Number}-0")].Page);
            }
        }

        var order = composition.Pages.SelectMany(p => p.Items.OfType<DestinationItem>())
            .Where(d => d.Name.StartsWith("note", StringComparison.Ordinal))
            .Select(d => int.Parse(d.Name[4..d.Name.IndexOf('-', StringComparison.Ordinal)], CultureInfo.InvariantCulture))
            .ToList();
        Assert.Equal(order.Order(), order);
        Assert.All(placed.Values, p => Assert.InRange(p.Item.Y, Area.Top, Area.Bottom));
        Assert.Equal(number - 1, composition.Pages.Sum(p => p.NoteNumbers.Length));
    }

    [Fact]
    public void A_paragraphs_first_line_never_stands_alone_at_the_foot_of_a_page()
    {
        var composition = Composer().Compose([.. Paragraph(0, 49), .. Paragraph(1, 5)]);

        var placed = Placed(composition);
        Assert.Equal(0, placed["p0-48"].Page);
        Assert.Equal(1, placed["p1-0"].Page);
    }

    [Fact]
    public void A_paragraphs_last_line_never_stands_alone_at_the_top_of_a_page()
    {
        // Lines 0..49 fit on page 1; a 51-line paragraph would leave its last line alone on page 2.
        var composition = Composer().Compose([.. Paragraph(0, 51)]);

        var placed = Placed(composition);
        Assert.Equal(1, placed["p0-49"].Page);
        Assert.Equal(1, placed["p0-50"].Page);
        Assert.Equal(0, placed["p0-48"].Page);
    }

    [Fact]
    public void A_heading_at_the_foot_of_a_page_moves_to_the_next_with_its_text()
    {
        var heading = new FlowLine(new FakeLine("heading"), Area.Left, 20, [], new BlockPosition(1, 0, 1), KeepWithNext: true, null, SourceSpan.None);
        var composition = Composer().Compose([.. Paragraph(0, 47), heading, .. Paragraph(2, 10)]);

        var placed = Placed(composition);
        Assert.Equal(1, placed["heading"].Page);
        Assert.Equal(1, placed["p2-0"].Page);
    }

    [Fact]
    public void A_figure_that_does_not_fit_floats_to_the_next_page_and_text_fills_the_gap()
    {
        var figure = new FlowFigure(300, (x, y) => [new DestinationItem("figure", x, y)], null);
        var composition = Composer().Compose([.. Paragraph(0, 40), figure, .. Paragraph(1, 30)]);

        var placed = Placed(composition);
        Assert.Equal(1, placed["figure"].Page);
        Assert.Equal(Area.Top, placed["figure"].Item.Y, precision: 6);
        Assert.Equal(0, placed["p1-0"].Page);
        Assert.Equal(0, placed["p1-9"].Page);
        Assert.True(placed["p1-10"].Item.Y > Area.Top + 300, "text on the figure's page starts below it");
    }

    [Fact]
    public void Space_is_dropped_at_the_top_of_a_page()
    {
        var composition = Composer().Compose([.. Paragraph(0, 50), new FlowSpace(12), .. Paragraph(1, 3)]);

        var placed = Placed(composition);
        Assert.Equal(1, placed["p1-0"].Page);
        Assert.Equal(Area.Top + ((Leading + 9 - 3) / 2), placed["p1-0"].Item.Y, precision: 6);
    }
}
