using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Inlines;
using Publish.Styles;
using Publish.Typesetting.Layout.Realize;

namespace Publish.Typesetting.Tests.Layout;

/// <summary>
/// The realize stage for issue 18's blocks: which requests are balanced, the indent after a floated figure, the mark and
/// the draft placeholder of a figure whose photo is missing, and a note's number set apart in its box.
/// </summary>
public sealed class TitleAndFigureRealizationTests
{
    private static readonly HouseStyle Style = HouseStyleLoader.LoadDefault(RepositoryPaths.Root).Style
        ?? throw new InvalidOperationException("The default style does not load.");

    private static readonly SourceSpan At = new("/nonexistent/blocks/book.md", 1, 1);

    private static ImmutableArray<Inline> Words(string text) => [new TextInline(text, At)];

    private static Document With(ImmutableArray<Block> body, params Note[] notes) => new()
    {
        SourcePath = At.File,
        Dialect = ManuscriptDialect.Markdown,
        Metadata = new Metadata { Title = "A Title", Authors = ["An Author"], Language = "tr" },
        Body = body,
        Notes = [.. notes],
    };

    private static readonly FigureBlock Missing = new(Words("Limanda balıkçı tekneleri"), null, At) { MissingFile = "book.jpg|jpeg|png|webp" };

    [Fact]
    public void The_title_block_and_headings_are_balanced_and_body_paragraphs_are_not()
    {
        var realized = Realizer.Realize(With([new HeadingBlock(1, Words("Heading"), At), new ParagraphBlock(Words("Body."), At)]), Style);

        Assert.Equal(
            [("A Title", true), ("An Author", true), ("Heading", true), ("Body.", false)],
            realized.Requests.Select(r => (PlainText.Of(r.Content), r.Balance)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_paragraph_after_a_figure_takes_the_indent_it_would_have_had_without_it(bool afterParagraph)
    {
        ImmutableArray<Block> before = afterParagraph ? [new ParagraphBlock(Words("Before."), At)] : [new HeadingBlock(1, Words("Heading"), At)];
        var realized = Realizer.Realize(With([.. before, Missing, new ParagraphBlock(Words("After."), At)]), Style);

        var after = Assert.Single(realized.Requests, r => PlainText.Of(r.Content) == "After.");
        Assert.Equal(afterParagraph ? Style.Text.Body.FirstLineIndent : 0, after.Indent);
    }

    [Fact]
    public void A_missing_photos_caption_is_led_by_the_upright_label_in_the_books_language_and_has_no_frame()
    {
        var realized = Realizer.Realize(With([Missing]), Style);

        var figure = Assert.Single(realized.Blocks.OfType<RealizedFigure>());
        var caption = realized.Requests[figure.Caption].Content;
        Assert.Equal("[Fotoğraf] Limanda balıkçı tekneleri", PlainText.Of(caption));
        Assert.IsType<EmphasisInline>(caption[0]);
        Assert.Equal((0.0, 0.0, (int?)null), (figure.Width, figure.Height, figure.Placeholder));
    }

    [Fact]
    public void A_draft_gives_a_missing_photo_a_three_by_two_frame_naming_the_file()
    {
        var realized = Realizer.Realize(With([Missing]), Style, draft: true);

        var figure = Assert.Single(realized.Blocks.OfType<RealizedFigure>());
        Assert.Equal((Style.Page.TextWidth, Style.Page.TextWidth * 2 / 3), (figure.Width, figure.Height));
        Assert.Equal("book.jpg|jpeg|png|webp", PlainText.Of(realized.Requests[figure.Placeholder!.Value].Content));
    }

    [Theory]
    [InlineData(MissingFigureMark.None, null, "Limanda balıkçı tekneleri")]
    [InlineData(MissingFigureMark.Text, "▢", "▢ Limanda balıkçı tekneleri")]
    public void The_style_chooses_the_mark(MissingFigureMark mark, string? text, string expected)
    {
        var style = Style with { Figures = new FigureStyle { MissingMark = mark, MissingText = text } };
        var realized = Realizer.Realize(With([Missing]), style);

        Assert.Equal(expected, PlainText.Of(realized.Requests[realized.Blocks.OfType<RealizedFigure>().Single().Caption].Content));
    }

    [Fact]
    public void An_inline_note_number_is_the_first_lines_indent_and_the_text_starts_at_the_notes_edge()
    {
        var note = new Note(1, "1", [new ParagraphBlock(Words("Text."), At)], At);
        var style = Style with { Notes = new NoteStyle { Number = NoteNumberPlacement.Inline } };
        var realized = Realizer.Realize(With([new ParagraphBlock([.. Words("Body."), new NoteReferenceInline(note, At)], At)], note), style);

        var piece = Assert.Single(realized.Notes[1].Pieces);
        var column = (0.55 + 0.3 + 0.5) * 9;
        Assert.Equal((0.0, 0.0), (piece.Left, piece.LabelLeft));
        Assert.Equal(column, realized.Requests[piece.Request].Indent, 6);
        Assert.Equal(Publish.Styles.TextAlignment.FlushRight, realized.Requests[piece.Label!.Value].Style.Alignment);
    }
}
