using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Inlines;

namespace Publish.Manuscript.Tests.Markdown;

/// <summary>Pipe and grid tables (Pandoc's <c>pipe_tables</c>, <c>grid_tables</c>, <c>table_captions</c>) read into <see cref="TableBlock"/>.</summary>
public sealed class PandocTablesTests
{
    private const string Front = "---\ntitle: T\n---\n\n";

    [Fact]
    public void A_pipe_table_keeps_its_header_alignments_cells_and_the_caption_before_it()
    {
        var (document, diagnostics) = MarkdownTestFiles.ReadString(Front + """
            Table: Calls at the quay {#tbl:calls}

            | Harbour | Calls | Remarks |
            |:--------|------:|:-------:|
            | Samsun  | 2140  | *grain* |
            | Rize    | 960   |         |
            """);

        Assert.Empty(diagnostics.ToImmutableSorted());
        var table = Assert.IsType<TableBlock>(Assert.Single(document!.Body));
        Assert.Equal((7, 1), (table.Span.Line, table.Span.Column));
        Assert.Equal([TableAlignment.Left, TableAlignment.Right, TableAlignment.Center], table.Columns.Select(c => c.Alignment));
        Assert.All(table.Columns, column => Assert.Null(column.RelativeWidth));
        Assert.Equal("Calls at the quay", PlainText.Of(table.Caption));
        Assert.Equal(("tbl:calls", 1, 1), (table.Id, table.Number, table.HeaderRowCount));
        Assert.Equal(3, table.Rows.Length);
        Assert.Equal(["Harbour", "Calls", "Remarks"], table.Rows[0].Cells.Select(c => PlainText.Of(c.Content)));
        var grain = table.Rows[1].Cells[2];
        Assert.IsType<EmphasisInline>(Assert.IsType<ParagraphBlock>(Assert.Single(grain.Content)).Content[0]);
        Assert.Equal((9, 21), (grain.Span.Line, grain.Span.Column));
        Assert.Empty(table.Rows[2].Cells[2].Content);
        Assert.All(table.Rows.SelectMany(r => r.Cells), cell => Assert.Equal((1, 1), (cell.ColumnSpan, cell.RowSpan)));
    }

    [Fact]
    public void A_colon_caption_after_a_pipe_table_is_its_caption_not_a_definition_list()
    {
        var (document, _) = MarkdownTestFiles.ReadString(Front + "| a | b |\n|---|---|\n| 1 | 2 |\n\n: Two columns\n\nAfter.\n");

        Assert.Collection(
            document!.Body,
            block => Assert.Equal("Two columns", PlainText.Of(Assert.IsType<TableBlock>(block).Caption)),
            block => Assert.Equal("After.", PlainText.Of(Assert.IsType<ParagraphBlock>(block).Content)));
    }

    [Fact]
    public void A_caption_between_two_tables_is_the_first_ones_as_pandoc_reads_it()
    {
        var (document, _) = MarkdownTestFiles.ReadString(Front + "| a |\n|---|\n| 1 |\n\nTable: Between\n\n| b |\n|---|\n| 2 |\n");

        var tables = document!.Body.Cast<TableBlock>().ToList();
        Assert.Equal(["Between", ""], tables.Select(t => PlainText.Of(t.Caption)));
        Assert.Equal([1, 2], tables.Select(t => t.Number));
    }

    [Fact]
    public void A_pipe_table_wider_than_72_columns_takes_relative_widths_from_its_dashes()
    {
        var wide = new string('x', 70);
        var (document, _) = MarkdownTestFiles.ReadString(Front + $"| a | b |\n|------|--|\n| {wide} | 2 |\n");

        var table = Assert.IsType<TableBlock>(Assert.Single(document!.Body));
        Assert.Equal([0.75, 0.25], table.Columns.Select(c => c.RelativeWidth!.Value));
    }

    [Fact]
    public void A_grid_table_holds_lists_and_paragraphs_in_cells_and_widths_from_its_dashes()
    {
        var (document, diagnostics) = MarkdownTestFiles.ReadFile(MarkdownTestFiles.PathOf("tables.md"));

        Assert.DoesNotContain(diagnostics.ToImmutableSorted(), d => d.Severity == Model.Diagnostics.DiagnosticSeverity.Error);
        var grid = document!.Body.OfType<TableBlock>().Single(t => t.Id == "tbl:cargoes");
        Assert.Equal([0.25, 0.75], grid.Columns.Select(c => Math.Round(c.RelativeWidth!.Value, 3)));
        Assert.Equal("Main cargoes by harbour", PlainText.Of(grid.Caption));
        Assert.Equal(1, grid.HeaderRowCount);
        var list = Assert.IsType<ListBlock>(Assert.Single(grid.Rows[1].Cells[1].Content));
        Assert.Equal(2, list.Items.Length);
        Assert.Equal(2, grid.Rows[2].Cells[1].Content.OfType<ParagraphBlock>().Count());
    }

    [Fact]
    public void The_tables_manuscript_numbers_its_four_tables_and_keeps_every_row()
    {
        var (document, _) = MarkdownTestFiles.ReadFile(MarkdownTestFiles.PathOf("tables.md"));

        var tables = document!.Body.OfType<TableBlock>().ToList();
        Assert.Equal([1, 2, 3, 4], tables.Select(t => t.Number));
        Assert.Equal(61, tables[2].Rows.Length);
        Assert.Equal(7, tables[3].Columns.Length);
        Assert.Equal("Port fees per call in euros, by vessel class", PlainText.Of(tables[3].Caption));
        Assert.DoesNotContain(document.Body.OfType<ParagraphBlock>(), p => PlainText.Of(p.Content).StartsWith("Table:", StringComparison.Ordinal) || PlainText.Of(p.Content).StartsWith(':'));
        Assert.Contains(tables[0].Rows[1].Cells[3].Content.OfType<ParagraphBlock>().Single().Content, inline => inline is NoteReferenceInline);
    }

    [Fact]
    public void Tables_and_figures_are_numbered_in_reading_order_body_first_then_notes()
    {
        var (document, _) = MarkdownTestFiles.ReadString(Front + """
            Text.[^n]

            | a |
            |---|
            | 1 |

            ![One](one.png)

            [^n]: A note with a table.

                | b |
                |---|
                | 2 |

                ![Two](two.png)

            | c |
            |---|
            | 3 |
            """);

        Assert.Equal([1, 2], document!.Body.OfType<TableBlock>().Select(t => t.Number));
        var note = Assert.Single(document.Notes);
        Assert.Equal(3, note.Content.OfType<TableBlock>().Single().Number);
        Assert.Equal(1, document.Body.OfType<FigureBlock>().Single().Number);
        Assert.Equal(2, note.Content.OfType<FigureBlock>().Single().Number);
    }
}
