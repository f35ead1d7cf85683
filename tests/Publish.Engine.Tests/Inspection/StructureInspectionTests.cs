using System.Text.Json;
using Publish.Engine.Inspection;
using Publish.Manuscript;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Inlines;

namespace Publish.Engine.Tests.Inspection;

/// <summary>
/// Issue 17: <c>publish inspect --json</c> lists tables, definition lists, divs and cross-references wherever they sit
/// (nested in a div, inside a note), so an author sees what the reader understood without building.
/// </summary>
public sealed class StructureInspectionTests
{
    private static readonly SourceSpan At = SourceSpan.None;

    private static readonly Lazy<JsonElement> Json = new(() =>
    {
        var document = Document();
        return JsonDocument.Parse(InspectionJson.Write("x.md", new ReadResult(document, ManuscriptDialect.Markdown, []))).RootElement;
    });

    [Fact]
    public void Tables_are_listed_with_number_id_size_header_rows_and_caption_those_in_notes_included()
    {
        var tables = Json.Value.GetProperty("tables").EnumerateArray().ToList();
        Assert.Equal(2, tables.Count);
        Assert.Equal(1, tables[0].GetProperty("number").GetInt32());
        Assert.Equal("tbl:towns", tables[0].GetProperty("id").GetString());
        Assert.Equal(3, tables[0].GetProperty("rows").GetInt32());
        Assert.Equal(2, tables[0].GetProperty("columns").GetInt32());
        Assert.Equal(1, tables[0].GetProperty("headerRows").GetInt32());
        Assert.Equal("Towns by size", tables[0].GetProperty("caption").GetString());
        Assert.Equal(2, tables[1].GetProperty("number").GetInt32());
        Assert.Equal(JsonValueKind.Null, tables[1].GetProperty("id").ValueKind);
        Assert.Equal(JsonValueKind.Null, tables[1].GetProperty("caption").ValueKind);
    }

    [Fact]
    public void Definition_lists_and_divs_are_listed_with_their_terms_and_attributes()
    {
        var list = Assert.Single(Json.Value.GetProperty("definitionLists").EnumerateArray());
        Assert.Equal(2, list.GetProperty("items").GetInt32());
        Assert.Equal(["Apple", "Elma", "Pear"], list.GetProperty("terms").EnumerateArray().Select(t => t.GetString()));

        var div = Assert.Single(Json.Value.GetProperty("divs").EnumerateArray());
        Assert.Equal("box", div.GetProperty("id").GetString());
        Assert.Equal(["warning"], div.GetProperty("classes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("tr", div.GetProperty("language").GetString());
        Assert.Equal(2, div.GetProperty("blocks").GetInt32());
    }

    [Fact]
    public void Cross_references_show_their_target_what_they_print_and_whether_the_target_exists()
    {
        var references = Json.Value.GetProperty("crossReferences").EnumerateArray()
            .Select(r => (r.GetProperty("target").GetString(), r.GetProperty("kind").GetString(), r.GetProperty("number").GetInt32(), r.GetProperty("text").GetString(), r.GetProperty("resolved").GetBoolean()))
            .ToList();
        Assert.Equal(
            [
                ("tbl:towns", "table", 1, "Table\u00A01", true),
                ("intro", "section", 0, "Introduction", true),
                ("word", "span", 0, "this word", true),
                ("gone", "figure", 3, "Figure\u00A03", false),
            ],
            references);
    }

    [Fact]
    public void The_existing_fields_keep_their_place_before_the_new_ones()
    {
        var names = Json.Value.EnumerateObject().Select(p => p.Name).ToList();
        Assert.True(names.IndexOf("institution") < names.IndexOf("tables"), string.Join(", ", names));
        Assert.Equal("diagnostics", names[^1]);
    }

    private static Document Document()
    {
        var towns = new TableBlock(
            [new TableColumn(TableAlignment.Left, null), new TableColumn(TableAlignment.Right, null)],
            [Row(true, "Town", "People"), Row(false, "Van", "1,128,749"), Row(false, "Kars", "274,829")],
            [T("Towns by size")],
            At)
        { Id = "tbl:towns", Number = 1 };
        var inNote = new TableBlock([new TableColumn(TableAlignment.Default, null)], [Row(false, "only")], [], At) { Number = 2 };
        var note = new Note(1, "1", [Paragraph(T("See")), inNote], At);
        return new Document
        {
            SourcePath = "x.md",
            Dialect = ManuscriptDialect.Markdown,
            Metadata = new Metadata { Title = "T", Language = "en" },
            Body =
            [
                new HeadingBlock(1, [T("Introduction")], At) { Id = "intro" },
                new DivBlock(
                [
                    towns,
                    Paragraph(
                        new CrossReferenceInline("tbl:towns", CrossReferenceKind.Table, [], At) { Number = 1 },
                        new CrossReferenceInline("intro", CrossReferenceKind.Section, [], At) { TargetText = "Introduction" },
                        new SpanInline([T("word")], At) { Id = "word" },
                        new CrossReferenceInline("word", CrossReferenceKind.Span, [T("this word")], At),
                        new NoteReferenceInline(note, At)),
                ], At) { Id = "box", Classes = ["warning"], Language = "tr" },
                new DefinitionListBlock(
                [
                    new DefinitionItem([[T("Apple")], [T("Elma")]], [[Paragraph(T("A fruit."))]], At),
                    new DefinitionItem([[new StrongInline([T("Pear")], At)]], [[Paragraph(new CrossReferenceInline("gone", CrossReferenceKind.Figure, [], At) { Number = 3 })]], At),
                ], At),
            ],
            Notes = [note],
        };
    }

    private static TextInline T(string text) => new(text, At);

    private static ParagraphBlock Paragraph(params Inline[] inlines) => new([.. inlines], At);

    private static TableRow Row(bool header, params string[] cells) => new([.. cells.Select(c => new TableCell([Paragraph(T(c))], 1, 1, At))], header, At);
}
