using Publish.Manuscript.Export;

namespace Publish.Manuscript.Tests.Export;

/// <summary>
/// <c>publish import</c> writes issue 17's constructs in Pandoc Markdown (the Pandoc manual's syntax for each), never
/// as escaped text. Reading them back is <see cref="RoundTripTests"/>' job.
/// </summary>
public sealed class PandocConstructsExportTests
{
    private static readonly Lazy<string> Markdown = new(() => new MarkdownExporter(Path.GetTempPath()).Export(WrittenConstructsDocument.Build()));

    [Fact]
    public void A_table_with_one_header_row_and_one_line_cells_is_a_pipe_table_with_alignments_and_a_caption_with_its_id()
    {
        Assert.Contains(
            """
            | City      | Population | Region    | Note                |
            |:----------|-----------:|:---------:|---------------------|
            | İstanbul  | 15,655,924 | Marmara   | *largest* \| by far |
            """.Replace("\r", string.Empty, StringComparison.Ordinal),
            Markdown.Value,
            StringComparison.Ordinal);
        Assert.Contains("| Şanlıurfa | 2,170,110  | Southeast | see[^1]             |\n", Markdown.Value, StringComparison.Ordinal);
        Assert.Contains("\n\nTable: Cities and *their* people {#tbl:cities}\n", Markdown.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_with_widths_blocks_in_a_cell_or_a_merged_cell_is_a_grid_table_whose_dashes_keep_the_widths()
    {
        var lines = Markdown.Value.Split('\n');
        var top = Array.FindIndex(lines, line => line.StartsWith('+'));
        Assert.True(top > 0, Markdown.Value);
        var columns = lines[top].Split('+', StringSplitOptions.RemoveEmptyEntries).Select(c => c.Length).ToList();
        Assert.Equal(2, columns.Count);
        Assert.Equal(0.25, (double)columns[0] / columns.Sum(), 2);
        Assert.Matches(@"^\| Term +\| Meaning +\|$", lines[top + 1]);
        Assert.Matches(@"^\+=+\+=+\+$", lines[top + 2]);
        Assert.Matches(@"^\| grid +\| First paragraph\. +\|$", lines[top + 3]);
        Assert.Matches(@"^\| +\| - a +\|$", lines[top + 5]);
        Assert.Contains(lines, line => line.StartsWith("| A merged cell over both columns.", StringComparison.Ordinal) && line.Count(c => c == '|') == 2);
    }

    [Fact]
    public void Definition_lists_put_each_term_on_its_line_and_indent_the_definitions()
    {
        Assert.Contains("Apple\nElma\n:   A fruit.\n:   Bir meyve.\n\n    Second paragraph.\n\n**Pear**\n:   Another fruit.\n", Markdown.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Divs_are_fenced_with_their_attributes_and_an_outer_fence_longer_than_the_inner()
    {
        Assert.Contains("\n:::: {#box .warning .wide lang=tr}\nOuter.\n\n::: {.note}\nInner.\n:::\n::::\n", Markdown.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Formats_spans_math_and_cross_references_use_Pandoc_syntax_and_literal_marks_are_escaped()
    {
        var markdown = Markdown.Value;
        Assert.Contains("\n~~struck~~ H~2~O x^2^ [Small Caps]{.smallcaps} [merhaba]{lang=tr} [word]{#word .key} math $a^2 + b^2$", markdown, StringComparison.Ordinal);
        Assert.Contains("and prices \\$5, \\~10 \\^ 2 \\{x\\} a\\@b \\| c.", markdown, StringComparison.Ordinal);
        Assert.Contains("See [](#tbl:cities), [](#fig:map), [the first section](#tables) and [the word](#word).", markdown, StringComparison.Ordinal);
        Assert.Contains("\n$$\nE = mc^2\n\\int_0^1 x\\,dx\n$$\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_figures_and_task_items_keep_their_attributes_and_boxes()
    {
        var markdown = Markdown.Value;
        Assert.Contains("\n# Tables and lists {#tables}\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n![A figure](){#fig:map .wide width=50%}\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n- [x] done\n- [ ] open\n- plain\n", markdown, StringComparison.Ordinal);
    }
}
