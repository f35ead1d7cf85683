using System.Collections.Immutable;
using System.Globalization;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;
using Publish.Styles;
using Publish.Typesetting.Flow;
using Publish.Typesetting.Frames;
using Publish.Typesetting.Layout;

namespace Publish.Typesetting.Tests.Tables;

/// <summary>
/// Tables through the whole print layout with the shipped default style, built in code: cells in their columns and
/// rows, alignment, the caption above, the header repeated on a continuation page, rows kept whole, notes in cells at
/// the foot of the row's page, structure (Table/THead/TBody/TR/TH/TD) and wide tables.
/// </summary>
public sealed class TableLayoutTests
{
    private static readonly HouseStyle Style = HouseStyleLoader.LoadDefault(RepositoryPaths.Root).Style
        ?? throw new InvalidOperationException("The default style does not load.");

    private static readonly DateTimeOffset Date = new(2024, 1, 2, 0, 0, 0, TimeSpan.Zero);

    private static SourceSpan Span(int line) => new("book.md", line, 1);

    private static TableCell Cell(params Inline[] content) => new([new ParagraphBlock([.. content], Span(3))], 1, 1, Span(3));

    private static TableCell Cell(string text) => Cell(new TextInline(text, Span(3)));

    private static TableRow Row(bool header, params TableCell[] cells) => new([.. cells], header, Span(3));

    private static TableRow Row(bool header, params string[] cells) => Row(header, cells.Select(Cell).ToArray());

    private static TableBlock Table(ImmutableArray<TableColumn> columns, IEnumerable<TableRow> rows, string? caption = "Harbour traffic") =>
        new(columns, [.. rows], caption is null ? [] : [new TextInline(caption, Span(2))], Span(2)) { Number = 1 };

    private static ImmutableArray<TableColumn> Columns(params TableAlignment[] alignments) => [.. alignments.Select(a => new TableColumn(a, null))];

    private static Document Book(params Block[] body) => new()
    {
        SourcePath = "book.md",
        Dialect = ManuscriptDialect.Markdown,
        Metadata = new Metadata { Title = "A Book", Language = "en" },
        Body = [.. body],
        Notes = [.. body.OfType<TableBlock>().SelectMany(t => t.Rows).SelectMany(r => r.Cells).SelectMany(c => DocumentWalker.Flatten(((ParagraphBlock)c.Content[0]).Content)).OfType<NoteReferenceInline>().Select(n => n.Note)],
    };

    private static PagedDocument Lay(Document document, DiagnosticBag? diagnostics = null, HouseStyle? style = null) =>
        new PrintLayout(style ?? Style).Layout(document, Date, "test", diagnostics ?? new DiagnosticBag()).Document;

    private static StructureElement Element(PagedDocument document, int? id) => document.Structure.Single(e => e.Id == id);

    /// <summary>The glyph runs of each cell (TH or TD element), per page, in reading order.</summary>
    private static List<(int Page, StructureElement Cell, GlyphRun Run)> CellRuns(PagedDocument document)
    {
        var runs = new List<(int, StructureElement, GlyphRun)>();
        for (var p = 0; p < document.Pages.Length; p++)
        {
            foreach (var run in document.Pages[p].Items.OfType<GlyphRun>().Where(r => r.StructureId is not null))
            {
                for (var element = Element(document, run.StructureId); element.ParentId is not null; element = Element(document, element.ParentId))
                {
                    if (element.Role is StructureRole.TableHeaderCell or StructureRole.TableDataCell)
                    {
                        runs.Add((p, element, run));
                        break;
                    }
                }
            }
        }

        return runs;
    }

    private static double Left(GlyphRun run) => run.X + run.Glyphs[0].X;

    /// <summary>Where the last glyph starts: right-aligned cells ending in the same glyph end where it does.</summary>
    private static double LastGlyph(GlyphRun run) => run.X + run.Glyphs.Last(g => !string.IsNullOrWhiteSpace(g.Text)).X;

    private static IEnumerable<TableRow> Numbered(int count) =>
        Enumerable.Range(1, count).Select(i => Row(false, "Port " + i.ToString(CultureInfo.InvariantCulture), "ships and barges", new string('1', i) + "5"));

    [Fact]
    public void Cells_stand_in_their_columns_and_rows_and_a_right_aligned_column_ends_flush()
    {
        var table = Table(Columns(TableAlignment.Left, TableAlignment.Center, TableAlignment.Right), [Row(true, "Port", "Cargo", "Tonnes"), .. Numbered(6)]);
        var document = Lay(Book(table));
        var runs = CellRuns(document);

        var rows = runs.GroupBy(r => r.Cell.ParentId).ToList();
        Assert.Equal(7, rows.Count);
        var columns = rows.Select(row => row.GroupBy(r => r.Cell.Id).Select(cell => cell.Min(r => Left(r.Run))).ToArray()).ToList();
        Assert.All(columns, c => Assert.Equal(3, c.Length));

        // Left column: every row starts at the same x; the columns follow each other left to right.
        Assert.All(columns, c => Assert.Equal(columns[0][0], c[0], precision: 3));
        Assert.All(columns, c => Assert.True(c[0] < c[1] && c[1] < c[2], "columns in order"));

        // Rows one below the other: each row's baselines below the previous row's.
        var baselines = rows.Select(row => row.Min(r => r.Run.Baseline)).ToList();
        Assert.Equal(baselines.Order().ToList(), baselines);
        Assert.Equal(baselines.Count, baselines.Distinct().Count());
        Assert.All(rows, row => Assert.Single(row.Select(r => r.Run.Baseline).Distinct()));

        // Right column: the numbers, all ending in "5", end at the same x; centred: the mid-points agree.
        var ends = rows.Skip(1).Select(row => row.Where(r => r.Cell == row.Last().Cell).Max(r => LastGlyph(r.Run))).ToList();
        Assert.All(ends, e => Assert.Equal(ends[0], e, precision: 2));
        var starts = rows.Skip(1).Select(row => row.Where(r => r.Cell == row.Last().Cell).Min(r => Left(r.Run))).ToList();
        Assert.True(starts.Max() - starts.Min() > 2, "numbers of different widths start at different places");
    }

    [Fact]
    public void The_caption_is_above_the_table_labelled_with_its_number_and_is_the_tables_first_child()
    {
        var document = Lay(Book(Table(Columns(TableAlignment.Default, TableAlignment.Default), [Row(true, "Port", "Cargo"), Row(false, "Izmir", "figs")])));
        var caption = document.Structure.Single(e => e.Role == StructureRole.Caption);
        var table = document.Structure.Single(e => e.Role == StructureRole.Table);
        Assert.Equal(table.Id, caption.ParentId);
        Assert.True(document.Structure.Where(e => e.ParentId == table.Id).Min(e => e.Id) == caption.Id, "the caption comes first");

        var page = document.Pages[0].Items.OfType<GlyphRun>().ToList();
        var captionRuns = page.Where(r => r.StructureId == caption.Id).ToList();
        Assert.Equal("Table 1: Harbour traffic", string.Concat(captionRuns.Select(r => r.Text)).Replace('\u00A0', ' ').Trim());
        Assert.True(captionRuns.Max(r => r.Baseline) < CellRuns(document).Min(r => r.Run.Baseline), "the caption is above the cells");
    }

    [Fact]
    public void Header_cells_are_TH_in_THead_and_data_cells_TD_in_TBody_under_one_Table()
    {
        var document = Lay(Book(Table(Columns(TableAlignment.Default, TableAlignment.Default), [Row(true, "Port", "Cargo"), Row(false, "Izmir", "figs"), Row(false, "Mersin", string.Empty)])));
        var cells = document.Structure.Where(e => e.Role is StructureRole.TableHeaderCell or StructureRole.TableDataCell).ToList();

        Assert.Equal(6, cells.Count);
        Assert.Equal(2, cells.Count(c => c.Role == StructureRole.TableHeaderCell));
        Assert.All(cells, c => Assert.Equal(StructureRole.TableRow, Element(document, c.ParentId).Role));
        var groups = cells.Select(c => Element(document, Element(document, c.ParentId).ParentId)).ToList();
        Assert.Equal([StructureRole.TableHead, StructureRole.TableHead, StructureRole.TableBody, StructureRole.TableBody, StructureRole.TableBody, StructureRole.TableBody], groups.Select(g => g.Role));
        Assert.Single(groups.Select(g => g.ParentId).Distinct());
        Assert.Equal(StructureRole.Table, Element(document, groups[0].ParentId).Role);

        var runs = CellRuns(document);
        Assert.Equal("Port", string.Concat(runs.Where(r => r.Cell.Id == cells[0].Id).Select(r => r.Run.Text)).Trim());
        Assert.Equal("figs", string.Concat(runs.Where(r => r.Cell.Id == cells[3].Id).Select(r => r.Run.Text)).Trim());
    }

    [Fact]
    public void A_long_table_repeats_its_header_as_an_artifact_on_the_next_page_and_never_splits_a_row()
    {
        var rows = Enumerable.Range(1, 90).Select(i => Row(false, Cell("Port " + i.ToString(CultureInfo.InvariantCulture)), Cell(new TextInline(i % 7 == 0 ? "ships, barges and a long description of the cargo that takes more than one line in this narrow column, as cells with long text do" : "ships", Span(3)))));
        var document = Lay(Book(Table([new TableColumn(TableAlignment.Left, 0.3), new TableColumn(TableAlignment.Left, 0.3)], [Row(true, "Harbour", "Cargo"), .. rows])));
        var runs = CellRuns(document);
        var pages = runs.Select(r => r.Page).Distinct().ToList();
        Assert.True(pages.Count >= 2, "the table runs over more than one page");

        // Every row (TR) on one page.
        Assert.All(runs.GroupBy(r => r.Cell.ParentId), row => Assert.Single(row.Select(r => r.Page).Distinct()));

        foreach (var page in pages.Skip(1))
        {
            var items = document.Pages[page].Items.OfType<GlyphRun>().ToList();
            var first = items.Where(r => r.Baseline > 0).MinBy(r => r.Baseline)!;
            Assert.Equal("Harbour", first.Text.Trim());
            Assert.Null(first.StructureId);
            var firstRow = runs.Where(r => r.Page == page).Min(r => r.Run.Baseline);
            Assert.True(first.Baseline < firstRow, "the repeated header stands above the page's first row");
        }

        // The header's text is read once: tagged on the first page only.
        Assert.Single(runs, r => r.Run.Text.Trim() == "Harbour");
    }

    [Fact]
    public void A_note_in_a_cell_lands_at_the_foot_of_the_page_where_its_row_is_set()
    {
        var note = new Note(1, "1", [new ParagraphBlock([new TextInline("Tonnage from the harbour master's ledger.", Span(9))], Span(9))], Span(9));
        var rows = Enumerable.Range(1, 60).Select(i => i == 45
            ? Row(false, Cell(new TextInline("Trabzon", Span(3)), new NoteReferenceInline(note, Span(3))), Cell("hazelnuts"))
            : Row(false, "Port " + i.ToString(CultureInfo.InvariantCulture), "ships"));
        var document = Lay(Book(new ParagraphBlock([new TextInline(string.Join(' ', Enumerable.Repeat("Words before the table.", 60)), Span(1))], Span(1)), Table(Columns(TableAlignment.Default, TableAlignment.Default), [Row(true, "Port", "Cargo"), .. rows])));

        var rowPage = CellRuns(document).Single(r => r.Run.Text.Contains("Trabzon", StringComparison.Ordinal)).Page;
        var notePage = Enumerable.Range(0, document.Pages.Length).Single(p => document.Pages[p].Items.OfType<GlyphRun>().Any(r => r.Text.Contains("ledger", StringComparison.Ordinal)));
        Assert.Equal(rowPage, notePage);
        Assert.True(rowPage > 0, "the row is on a later page than the table's start, so the test means something");
    }

    [Fact]
    public void Columns_without_source_widths_take_their_content_width_when_it_fits()
    {
        var document = Lay(Book(Table(Columns(TableAlignment.Default, TableAlignment.Default), [Row(true, "A", "B"), Row(false, "x", "y")])));
        var rules = document.Pages[0].Items.OfType<RuleItem>().Where(r => r.Y1 > Style.Page.Margins.Top && r.Y1 < Style.Page.TrimHeight - Style.Page.Margins.Bottom).ToList();

        // Booktabs: top, under the header, bottom; as wide as the table, which is far narrower than the text and centred.
        Assert.Equal(3, rules.Count);
        Assert.Equal([0.8, 0.5, 0.8], rules.OrderBy(r => r.Y1).Select(r => r.Thickness));
        var width = rules[0].X2 - rules[0].X1;
        Assert.True(width < Style.Page.TextWidth / 4, $"a two-letter table is narrow ({width:0.#} pt)");
        Assert.Equal(Style.Page.Margins.Inner + ((Style.Page.TextWidth - width) / 2), rules[0].X1, precision: 3);
    }

    [Fact]
    public void A_table_too_wide_for_the_measure_is_set_smaller_and_past_the_floor_warns()
    {
        static string Word(int i) => "Antidisestablishment" + i.ToString(CultureInfo.InvariantCulture);
        TableBlock Wide(int columns) => Table([.. Enumerable.Repeat(new TableColumn(TableAlignment.Default, null), columns)], [Row(false, Enumerable.Range(0, columns).Select(Word).ToArray())]);

        var slightly = new DiagnosticBag();
        var document = Lay(Book(Wide(4)), slightly);
        Assert.DoesNotContain(slightly.ToImmutableSorted(), d => d.Code == FlowDiagnosticCodes.TableTooWide);
        var size = CellRuns(document).Max(r => r.Run.Size);
        Assert.True(size < Style.Text.Body.Size * Style.Tables.SizeRatio - 0.01, $"four long words do not fit at the table size: set at {size:0.##} pt");

        var far = new DiagnosticBag();
        Lay(Book(Wide(8)), far);
        var warning = Assert.Single(far.ToImmutableSorted(), d => d.Code == FlowDiagnosticCodes.TableTooWide);
        Assert.Equal(Span(2), warning.Span);

        var none = new DiagnosticBag();
        Lay(Book(Wide(4)), none, Style with { Tables = Style.Tables with { Wide = TableWideMode.None } });
        Assert.Single(none.ToImmutableSorted(), d => d.Code == FlowDiagnosticCodes.TableTooWide);
    }

    [Fact]
    public void Source_widths_are_shares_of_the_text_width_unless_a_column_would_be_narrower_than_its_widest_word()
    {
        var kept = Lay(Book(Table([new TableColumn(TableAlignment.Default, 0.25), new TableColumn(TableAlignment.Default, 0.5)], [Row(true, "A", "B"), Row(false, "x", "y")])));
        var columns = CellRuns(kept).Where(r => r.Cell.Role == StructureRole.TableDataCell).Select(r => Left(r.Run)).ToList();
        var rule = kept.Pages[0].Items.OfType<RuleItem>().First(r => r.Thickness > 0.6);
        Assert.Equal(Style.Page.TextWidth * 0.75, rule.X2 - rule.X1, precision: 3);
        Assert.Equal(Style.Page.TextWidth * 0.25, columns[1] - columns[0], precision: 3);

        // A 2 % column cannot hold "Antidisestablishment": it takes the word's width and no warning is given.
        var diagnostics = new DiagnosticBag();
        var yielded = Lay(Book(Table([new TableColumn(TableAlignment.Default, 0.02), new TableColumn(TableAlignment.Default, 0.98)], [Row(false, "Antidisestablishment", "y")])), diagnostics);
        Assert.DoesNotContain(diagnostics.ToImmutableSorted(), d => d.Code is FlowDiagnosticCodes.TableTooWide or TypesettingDiagnosticCodes.OverfullLine);
        var cells = CellRuns(yielded).OrderBy(r => Left(r.Run)).ToList();
        Assert.Equal("Antidisestablishment", cells[0].Run.Text.Trim());
        Assert.True(Left(cells[1].Run) - Left(cells[0].Run) > Style.Page.TextWidth * 0.1, "the first column widened to its word");
    }
}
