using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Inlines;

namespace Publish.Manuscript.Tests.Markdown;

/// <summary>Pandoc's <c>simple_tables</c> (a header line over dash groups, or a headerless table between dash lines) read into <see cref="TableBlock"/>.</summary>
public sealed class PandocSimpleTablesTests
{
    private const string Front = "---\ntitle: T\n---\n\n";

    [Fact]
    public void A_simple_table_takes_its_columns_from_the_dash_groups_and_alignments_from_the_header()
    {
        var (document, diagnostics) = MarkdownTestFiles.ReadString(Front + """
              Right     Left     Center     Default
            -------     ------ ----------   -------
                 12     12        12            12
                123     *123*     123          123
                  1     1          1             1

            After.
            """);

        Assert.Empty(diagnostics.ToImmutableSorted());
        Assert.Collection(
            document!.Body,
            block =>
            {
                var table = Assert.IsType<TableBlock>(block);
                Assert.Equal([TableAlignment.Right, TableAlignment.Left, TableAlignment.Center, TableAlignment.Default], table.Columns.Select(c => c.Alignment));
                Assert.Equal(1, table.HeaderRowCount);
                Assert.Equal(4, table.Rows.Length);
                Assert.True(table.Rows[0].IsHeader);
                Assert.Equal(["Right", "Left", "Center", "Default"], table.Rows[0].Cells.Select(c => PlainText.Of(c.Content)));
                Assert.Equal(["123", "123", "123", "123"], table.Rows[2].Cells.Select(c => PlainText.Of(c.Content)));
                Assert.IsType<EmphasisInline>(Assert.IsType<ParagraphBlock>(Assert.Single(table.Rows[2].Cells[1].Content)).Content[0]);
            },
            block => Assert.Equal("After.", PlainText.Of(Assert.IsType<ParagraphBlock>(block).Content)));
    }

    [Fact]
    public void A_headerless_simple_table_lies_between_two_dash_lines_and_takes_alignments_from_its_first_row()
    {
        var (document, diagnostics) = MarkdownTestFiles.ReadString(Front + """
            -------     ------ ----------   -------
                 12     12        12             12
                123     123       123           123
            -------     ------ ----------   -------

            After.
            """);

        Assert.Empty(diagnostics.ToImmutableSorted());
        var table = Assert.IsType<TableBlock>(document!.Body[0]);
        Assert.Equal(0, table.HeaderRowCount);
        Assert.Equal([TableAlignment.Right, TableAlignment.Left, TableAlignment.Center, TableAlignment.Right], table.Columns.Select(c => c.Alignment));
        Assert.Equal(["12", "12", "12", "12"], table.Rows[0].Cells.Select(c => PlainText.Of(c.Content)));
        Assert.Equal(2, table.Rows.Length);
        Assert.Equal("After.", PlainText.Of(Assert.IsType<ParagraphBlock>(Assert.Single(document.Body.Skip(1))).Content));
    }

    [Fact]
    public void A_simple_table_takes_the_caption_after_it()
    {
        var (document, diagnostics) = MarkdownTestFiles.ReadString(Front + "Code  Error\n----  -----\n   1  IO\n\nTable: Exit codes {#tbl:exit}\n");

        Assert.Empty(diagnostics.ToImmutableSorted());
        var table = Assert.IsType<TableBlock>(Assert.Single(document!.Body));
        Assert.Equal(("Exit codes", "tbl:exit", 1), (PlainText.Of(table.Caption), table.Id, table.Number));
        Assert.Equal(["1", "IO"], table.Rows[1].Cells.Select(c => PlainText.Of(c.Content)));
    }

    [Fact]
    public void One_dash_group_a_multi_line_paragraph_and_an_unclosed_dash_line_read_as_before()
    {
        var (document, diagnostics) = MarkdownTestFiles.ReadString(Front + """
            Setext heading
            --------------

            Two lines of
            a paragraph
            ----- -----

            ----- -----
            Not a table row.
            """);

        Assert.Empty(diagnostics.ToImmutableSorted());
        Assert.Collection(
            document!.Body,
            block => Assert.Equal("Setext heading", PlainText.Of(Assert.IsType<HeadingBlock>(block).Content)),
            block => Assert.IsType<ParagraphBlock>(block),
            block => Assert.IsType<ThematicBreakBlock>(block),
            block => Assert.IsType<ThematicBreakBlock>(block),
            block => Assert.Equal("Not a table row.", PlainText.Of(Assert.IsType<ParagraphBlock>(block).Content)));
    }

    [Fact]
    public void A_simple_table_its_rows_and_cells_point_at_their_source()
    {
        var (document, _) = MarkdownTestFiles.ReadString(Front + "Intro.\n\n  Name    Value\n  ------  -----\n  alpha   *one*\n  beta\n");

        var table = Assert.IsType<TableBlock>(document!.Body[1]);
        Assert.Equal((7, 1), (table.Span.Line, table.Span.Column));
        Assert.Equal((9, 1), (table.Rows[1].Span.Line, table.Rows[1].Span.Column));
        Assert.Equal((9, 11), (table.Rows[1].Cells[1].Span.Line, table.Rows[1].Cells[1].Span.Column));
        Assert.Equal((10, 3), (table.Rows[2].Cells[0].Span.Line, table.Rows[2].Cells[0].Span.Column));
        Assert.Empty(table.Rows[2].Cells[1].Content);
        Assert.Equal(["Name", "Value"], table.Rows[0].Cells.Select(c => PlainText.Of(c.Content)));
    }

    [Fact]
    public void A_simple_table_reads_in_a_fenced_div_but_not_in_a_block_quote_whose_markers_would_shift_its_columns()
    {
        var (document, _) = MarkdownTestFiles.ReadString(Front + "::: note\nKey  Value\n---  -----\nk    v\n:::\n\n> Key  Value\n> ---  -----\n> k    v\n");

        var div = Assert.IsType<DivBlock>(document!.Body[0]);
        var table = Assert.IsType<TableBlock>(Assert.Single(div.Children));
        Assert.Equal(["k", "v"], table.Rows[1].Cells.Select(c => PlainText.Of(c.Content)));
        var quote = Assert.IsType<BlockQuoteBlock>(document.Body[1]);
        Assert.DoesNotContain(quote.Children, block => block is TableBlock);
    }
}
