using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Inlines;

namespace Publish.Model.Tests;

/// <summary>PlainText.LengthOf counts, and ForEachPiece hands out, what PlainText.Of would build, for every kind of block and inline.</summary>
public sealed class PlainTextTests
{
    private static readonly SourceSpan Here = new("test.md", 1, 1);

    public static TheoryData<string, Block> Blocks()
    {
        var note = new Note(12, "12", [Paragraph(Text("A note."))], Here);
        return new TheoryData<string, Block>
        {
            { "paragraph", Paragraph(Text("Plain "), new EmphasisInline([Text("emphasis")], Here), new StrongInline([Text("strong ü")], Here), new NoteReferenceInline(note, Here)) },
            { "heading", new HeadingBlock(2, [Text("A heading"), new LineBreakInline(Here), new CodeInline("x = 1", Here)], Here) },
            { "link", Paragraph(new LinkInline("https://example.org", [Text("a link 🙂")], Here)) },
            { "figure", new FigureBlock([Text("A caption")], null, Here) },
            { "quote", new BlockQuoteBlock([Paragraph(Text("one")), Paragraph(Text("two")), new ThematicBreakBlock(Here)], Here) },
            { "list", new ListBlock(true, 3, [new ListItem([Paragraph(Text("first"))], Here), new ListItem([Paragraph(Text("second")), new CodeBlock("code\nblock", Here)], Here)], Here) },
            { "empty quote", new BlockQuoteBlock([], Here) },
            { "thematic break", new ThematicBreakBlock(Here) },
        };
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void The_length_is_that_of_the_text(string kind, Block block)
    {
        Assert.True(PlainText.Of([block]).Length > 0 || kind is "empty quote" or "thematic break");
        Assert.Equal(PlainText.Of([block]).Length, PlainText.LengthOf(block));
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void The_pieces_are_the_text_without_the_blank_lines_between_paragraphs(string kind, Block block)
    {
        var pieces = new List<string>();
        PlainText.ForEachPiece([block], pieces.Add);
        Assert.True(pieces.Count > 0 || kind is "empty quote" or "thematic break");
        Assert.Equal(PlainText.Of([block]).Replace("\n\n", string.Empty, StringComparison.Ordinal), string.Concat(pieces));
    }

    private static ParagraphBlock Paragraph(params Inline[] inlines) => new([.. inlines], Here);

    private static TextInline Text(string text) => new(text, Here);
}
