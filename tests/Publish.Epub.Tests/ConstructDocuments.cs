using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Inlines;
using static Publish.Epub.Tests.TestDocuments;

namespace Publish.Epub.Tests;

/// <summary>
/// A book using every construct of issue 17, built as the Markdown reader will build it: three level-1 sections (so
/// three text files), a table referred to from the first section before it appears, figures with ids and widths,
/// a note inside a table cell and one holding a list, a quote and code.
/// </summary>
internal static class ConstructDocuments
{
    public static Note CellNote { get; } = new(2, "cell", [Para("A note set from inside a table cell.")], Here);

    public static Note StructuredNote { get; } = new(1, "long", [
        Para("The first paragraph of a long note."),
        Para("Its second paragraph."),
        new ListBlock(false, 1, [new ListItem([Para("one point")], Here), new ListItem([Para("another point")], Here)], Here),
        new BlockQuoteBlock([Para("A quotation inside the note.")], Here),
        new CodeBlock("let x = 1;", Here),
    ], Here);

    public static TableBlock Results { get; } = new TableBlock(
        [new TableColumn(TableAlignment.Left, 0.5), new TableColumn(TableAlignment.Center, 0.25), new TableColumn(TableAlignment.Right, 0.25)],
        [
            Row(true, Cell("Region"), Cell("Year"), Cell("Votes")),
            Row(false, Cell("North", rowSpan: 2), Cell("2014"), new TableCell([new ParagraphBlock([Text("1,200"), Ref(CellNote)], Here)], 1, 1, Here)),
            Row(false, Cell("2015"), Cell("1,350")),
            Row(false, Cell("Both years", columnSpan: 2), Cell("2,550")),
        ],
        [Text("Votes by region")],
        Here)
    { Id = "tbl:results", Number = 2 };

    public static Document Book(string folder)
    {
        var png = Path.Combine(folder, "map.png");
        File.WriteAllBytes(png, TestImages.Png(400, 200));
        var first = new TableBlock([new TableColumn(TableAlignment.Default, null)], [Row(true, Cell("Only")), Row(false, Cell("cell"))], [Text("A first, unreferenced table")], Here) { Number = 1 };
        return new Document
        {
            SourcePath = Path.Combine(folder, "constructs.md"),
            Dialect = ManuscriptDialect.Markdown,
            Metadata = new Metadata { Title = "Constructs", Authors = ["A. Author"], Language = "en" },
            Body =
            [
                new HeadingBlock(1, [Text("Introduction")], Here) { Id = "introduction" },
                new ParagraphBlock([
                    Text("See "), new CrossReferenceInline("tbl:results", CrossReferenceKind.Table, [], Here) { Number = 2 },
                    Text(", "), new CrossReferenceInline("fig:map", CrossReferenceKind.Figure, [], Here) { Number = 1 },
                    Text(" and "), new CrossReferenceInline("methods", CrossReferenceKind.Section, [], Here) { TargetText = "Methods" },
                    Text(", or "), new CrossReferenceInline("methods", CrossReferenceKind.Section, [Text("the methods")], Here),
                    Text("; a long note"), Ref(StructuredNote), Text("."),
                ], Here),
                new ParagraphBlock([
                    Text("Water is H"), new FormattedInline(InlineFormat.Subscript, [Text("2")], Here), Text("O, x"),
                    new FormattedInline(InlineFormat.Superscript, [Text("2")], Here), Text(", "),
                    new FormattedInline(InlineFormat.Strikethrough, [Text("wrong")], Here), Text(", "),
                    new FormattedInline(InlineFormat.SmallCaps, [Text("Small Caps")], Here), Text(", "),
                    new SpanInline([Text("Günaydın")], Here) { Language = "tr" }, Text(", "),
                    new SpanInline([Text("שלום")], Here) { Language = "he" }, Text(", "),
                    new SpanInline([Text("marked")], Here) { Id = "key point", Classes = ["mark"] }, Text(", "),
                    new MathInline("e = mc^2", Here), Text("."),
                ], Here),
                new ListBlock(false, 1, [
                    new ListItem([Para("done item")], Here) { Task = true },
                    new ListItem([Para("open item")], Here) { Task = false },
                ], Here),
                new HeadingBlock(1, [Text("Methods")], Here) { Id = "methods" },
                first,
                Results,
                new DefinitionListBlock([
                    new DefinitionItem([[Text("Term")], [Text("Synonym")]], [[Para("Its definition.")], [Para("A second definition."), Para("In two paragraphs.")]], Here),
                ], Here),
                new DivBlock([new HeadingBlock(2, [Text("Mind the gap")], Here) { Id = "gap" }, Para("A warning with a heading.")], Here) { Classes = ["warning"] },
                new DivBlock([Para("A note without a heading.")], Here) { Classes = ["note"], Id = "h1" },
                new DivBlock([Para("To be, or not to be.")], Here) { Classes = ["epigraph"] },
                new DivBlock([Para("Ein Absatz auf Deutsch.")], Here) { Classes = ["aside-de", "boxed"], Language = "de" },
                new MathBlock("\\int_0^1 x\\,dx = \\tfrac12", Here),
                new HeadingBlock(1, [Text("Figures")], Here) { Id = "figures" },
                new FigureBlock([Text("A map")], new ImageSource(png, "A map of the region"), Here) { Id = "fig:map", Number = 1, WidthFraction = 0.5, Classes = ["wide"] },
                new FigureBlock([Text("The same map, 170 points wide")], new ImageSource(png, "The map again"), Here) { Number = 2, WidthPoints = 170 },
                new HeadingBlock(2, [Text("Methods")], Here) { Id = "methods" },
                new HeadingBlock(2, [Text("Numbers")], Here) { Id = "1st" },
            ],
            Notes = [StructuredNote, CellNote],
        };
    }

    private static TableRow Row(bool header, params TableCell[] cells) => new([.. cells], header, Here);

    private static TableCell Cell(string text, int columnSpan = 1, int rowSpan = 1) => new([Para(text)], columnSpan, rowSpan, Here);
}
