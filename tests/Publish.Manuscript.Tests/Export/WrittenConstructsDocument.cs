using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Inlines;

namespace Publish.Manuscript.Tests.Export;

/// <summary>
/// A document built by hand with every construct of issue 17 (what authors write in Pandoc Markdown): tables (a pipe
/// table, a grid table with widths, several blocks in a cell and a merged cell), a definition list, nested fenced divs,
/// display and inline math, strike/sub/superscript, small caps, spans with lang and id, task items, heading ids,
/// figure attributes and cross-references to a table, a figure, a heading and a span.
/// </summary>
internal static class WrittenConstructsDocument
{
    private static readonly SourceSpan At = SourceSpan.None;

    public static Document Build(string? imagePath = null)
    {
        var note = new Note(1, "1", [Paragraph(T("A note with "), new FormattedInline(InlineFormat.Superscript, [T("sup")], At), T("."))], At);
        var pipe = new TableBlock(
            [new TableColumn(TableAlignment.Left, null), new TableColumn(TableAlignment.Right, null), new TableColumn(TableAlignment.Center, null), new TableColumn(TableAlignment.Default, null)],
            [
                Row(true, Cell(T("City")), Cell(T("Population")), Cell(T("Region")), Cell(T("Note"))),
                Row(false, Cell(T("İstanbul")), Cell(T("15,655,924")), Cell(T("Marmara")), Cell(new EmphasisInline([T("largest")], At), T(" | by far"))),
                Row(false, Cell(T("Şanlıurfa")), Cell(T("2,170,110")), Cell(T("Southeast")), Cell(T("see"), new NoteReferenceInline(note, At))),
                Row(false, Cell(T("Van")), Cell(T("1,128,749")), Cell(T("East")), new TableCell([], 1, 1, At)),
            ],
            [T("Cities and "), new EmphasisInline([T("their")], At), T(" people")],
            At)
        { Id = "tbl:cities", Number = 1 };
        var grid = new TableBlock(
            [new TableColumn(TableAlignment.Default, 0.25), new TableColumn(TableAlignment.Default, 0.75)],
            [
                Row(true, Cell(T("Term")), Cell(T("Meaning"))),
                Row(false, Cell(T("grid")), new TableCell([Paragraph(T("First paragraph.")), new ListBlock(false, 1, [Item(Paragraph(T("a"))), Item(Paragraph(T("b")))], At)], 1, 1, At)),
                new TableRow([new TableCell([Paragraph(T("A merged cell over both columns."))], 2, 1, At)], false, At),
            ],
            [],
            At)
        { Number = 2 };
        var figure = imagePath is null
            ? new FigureBlock([T("A figure")], null, At) { Id = "fig:map", Number = 1, WidthFraction = 0.5, Classes = ["wide"] }
            : new FigureBlock([T("A figure")], new ImageSource(imagePath, null), At) { Id = "fig:map", Number = 1, WidthFraction = 0.5, Classes = ["wide"] };
        return new Document
        {
            SourcePath = "constructs.md",
            Dialect = ManuscriptDialect.Markdown,
            Metadata = new Metadata { Title = "Constructs", Authors = ["A. Author"], Language = "en" },
            Body =
            [
                new HeadingBlock(1, [T("Tables and lists")], At) { Id = "tables" },
                Paragraph(
                    T("See "),
                    new CrossReferenceInline("tbl:cities", CrossReferenceKind.Table, [], At) { Number = 1 },
                    T(", "),
                    new CrossReferenceInline("fig:map", CrossReferenceKind.Figure, [], At) { Number = 1 },
                    T(", "),
                    new CrossReferenceInline("tables", CrossReferenceKind.Section, [T("the first section")], At) { TargetText = "Tables and lists" },
                    T(" and "),
                    new CrossReferenceInline("word", CrossReferenceKind.Span, [T("the word")], At),
                    T(".")),
                pipe,
                grid,
                figure,
                new DefinitionListBlock(
                [
                    new DefinitionItem([[T("Apple")], [T("Elma")]], [[Paragraph(T("A fruit."))], [Paragraph(T("Bir meyve.")), Paragraph(T("Second paragraph."))]], At),
                    new DefinitionItem([[new StrongInline([T("Pear")], At)]], [[Paragraph(T("Another fruit."))]], At),
                ], At),
                new DivBlock(
                [
                    Paragraph(T("Outer.")),
                    new DivBlock([Paragraph(T("Inner."))], At) { Classes = ["note"] },
                ], At) { Id = "box", Classes = ["warning", "wide"], Language = "tr" },
                new MathBlock("E = mc^2\n\\int_0^1 x\\,dx", At),
                Paragraph(
                    new FormattedInline(InlineFormat.Strikethrough, [T("struck")], At),
                    T(" H"),
                    new FormattedInline(InlineFormat.Subscript, [T("2")], At),
                    T("O x"),
                    new FormattedInline(InlineFormat.Superscript, [T("2")], At),
                    T(" "),
                    new FormattedInline(InlineFormat.SmallCaps, [T("Small Caps")], At),
                    T(" "),
                    new SpanInline([T("merhaba")], At) { Language = "tr" },
                    T(" "),
                    new SpanInline([T("word")], At) { Id = "word", Classes = ["key"] },
                    T(" math "),
                    new MathInline("a^2 + b^2", At),
                    T(" and prices $5, ~10 ^ 2 {x} a@b | c.")),
                new ListBlock(false, 1, [Item(Paragraph(T("done"))) with { Task = true }, Item(Paragraph(T("open"))) with { Task = false }, Item(Paragraph(T("plain")))], At),
            ],
            Notes = [note],
        };
    }

    private static TextInline T(string text) => new(text, At);

    private static ParagraphBlock Paragraph(params Inline[] inlines) => new([.. inlines], At);

    private static ListItem Item(params Block[] blocks) => new([.. blocks], At);

    private static TableCell Cell(params Inline[] inlines) => new([Paragraph(inlines)], 1, 1, At);

    private static TableRow Row(bool header, params TableCell[] cells) => new([.. cells], header, At);
}
