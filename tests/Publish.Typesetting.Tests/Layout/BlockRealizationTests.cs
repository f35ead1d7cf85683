using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Inlines;
using Publish.Styles;
using Publish.Typesetting.Frames;
using Publish.Typesetting.Layout.Realize;

namespace Publish.Typesetting.Tests.Layout;

/// <summary>
/// The realize stage for issue 17's blocks, declaratively: what a structured note, a ruled box and a div's language
/// become (pieces at their x, groups, box marks, request languages), with the default style (note 9 pt, body 11 pt).
/// </summary>
public sealed class BlockRealizationTests
{
    private static readonly HouseStyle Style = HouseStyleLoader.LoadDefault(RepositoryPaths.Root).Style
        ?? throw new InvalidOperationException("The default style does not load.");

    private static readonly SourceSpan At = new("/nonexistent/blocks/book.md", 1, 1);

    private static ImmutableArray<Inline> Words(string text) => [new TextInline(text, At)];

    private static Document With(ImmutableArray<Block> body, params Note[] notes) => new()
    {
        SourcePath = At.File,
        Dialect = ManuscriptDialect.Markdown,
        Metadata = new Metadata { Title = "Blocks", Language = "en" },
        Body = body,
        Notes = [.. notes],
    };

    [Fact]
    public void A_notes_list_and_code_become_pieces_at_their_own_x_in_groups_under_the_note()
    {
        var list = new ListBlock(true, 9, [new ListItem([new ParagraphBlock(Words("Nine."), At)], At), new ListItem([new ParagraphBlock(Words("Ten."), At)], At)], At);
        var note = new Note(1, "1", [new ParagraphBlock(Words("Opening."), At), list, new CodeBlock("x = 1\ny = 2", At)], At);
        var realized = Realizer.Realize(With([new ParagraphBlock([.. Words("Body."), new NoteReferenceInline(note, At)], At)], note), Style);

        var realizedNote = realized.Notes[1];
        Assert.Equal(
            [StructureRole.List, StructureRole.ListItem, StructureRole.ListLabel, StructureRole.ListBody, StructureRole.ListItem, StructureRole.ListLabel, StructureRole.ListBody, StructureRole.Code],
            realizedNote.Groups.Select(g => g.Role));

        // The note's text hangs after its number's box: one figure and a stop ((0.55 + 0.3) em) and half an em of gap.
        var hang = Math.Round((0.55 + 0.3 + 0.5) * 9, 6);

        // "10." is the widest label: a gutter of (3 × 0.55 + 0.6) em; the list stands in by the note's em (9 pt).
        var gutter = ((3 * 0.55) + 0.6) * 9;
        Assert.Equal(
            [(hang, (int?)null, (int?)null), (Math.Round(hang + 9 + gutter, 6), 3, 2), (Math.Round(hang + 9 + gutter, 6), 6, 5), (hang, 7, null), (hang, 7, null)],
            realizedNote.Pieces.Select(p => (Math.Round(p.Left, 6), p.Group, p.LabelGroup)));
        Assert.All(realizedNote.Pieces.Skip(1).Take(2), p => Assert.Equal(hang + 9, p.LabelLeft, 6));
        Assert.Equal(0, realizedNote.Pieces[0].LabelLeft);
        Assert.Equal(["Opening.", "Nine.", "Ten.", "x = 1", "y = 2"], realizedNote.Pieces.Select(p => PlainText.Of(realized.Requests[p.Request].Content)));
        Assert.Equal(["1.", "9.", "10."], realizedNote.Pieces.Where(p => p.Label is not null).Select(p => PlainText.Of(realized.Requests[p.Label!.Value].Content)));
        Assert.Equal("DejaVu Sans Mono", realized.Requests[realizedNote.Pieces[^1].Request].Style.Family);
    }

    [Fact]
    public void A_note_div_is_a_ruled_box_holding_its_label_and_inset_text_in_a_div_group()
    {
        var div = new DivBlock([new ParagraphBlock(Words("Inside."), At)], At) { Classes = ["unknown", "note"] };
        var realized = Realizer.Realize(With([div]), Style);

        var blocks = realized.Blocks.SkipWhile(b => b is not RealizedSpace).ToList();
        Assert.Equal([typeof(RealizedSpace), typeof(RealizedGroup), typeof(RealizedBoxOpen), typeof(RealizedParagraph), typeof(RealizedParagraph), typeof(RealizedBoxClose), typeof(RealizedSpace)], blocks.Select(b => b.GetType()));
        Assert.Equal(StructureRole.Division, ((RealizedGroup)blocks[1]).Role);
        var box = (RealizedBoxOpen)blocks[2];
        Assert.Equal((Style.Page.Margins.Inner, Style.Page.TextWidth, 0.5), (box.Left, box.Width, box.Thickness));
        var (label, text) = ((RealizedParagraph)blocks[3], (RealizedParagraph)blocks[4]);
        Assert.Equal("Note", PlainText.Of(realized.Requests[label.Request].Content));
        Assert.True(label.KeepWithNext);
        Assert.Equal(Style.Page.Margins.Inner + 9.9, text.Left, 6);
        Assert.Equal(9.9, text.Style.Size, 6);
    }

    [Fact]
    public void A_divs_language_reaches_its_paragraphs_requests_and_no_others()
    {
        var div = new DivBlock([new ParagraphBlock(Words("Almanca."), At)], At) { Language = "de" };
        var realized = Realizer.Realize(With([div, new ParagraphBlock(Words("After."), At)]), Style);

        Assert.Equal(
            [(null, "Blocks"), ("de", "Almanca."), (null, "After.")],
            realized.Requests.Select(r => (r.Language, PlainText.Of(r.Content))));
    }
}
