using System.Globalization;
using System.Text;
using Publish.Model.Blocks;
using Publish.Model.Inlines;

namespace Publish.Manuscript.Export;

/// <summary>
/// Writes a <see cref="TableBlock"/> as a pipe table when it can be one (one header row, one line of inlines per cell,
/// no merged cells, no widths from the source: Pandoc's <c>pipe_tables</c>), else as a grid table (Pandoc's
/// <c>grid_tables</c>: cells of several blocks, merged columns, several or no header rows, widths kept as the share of
/// dashes each column has). The caption follows as <c>Table: caption {#id}</c> after a blank line.
/// </summary>
internal sealed class MarkdownTableWriter
{
    /// <summary>A grid table is at least this many characters wide (a page's line of monospaced text).</summary>
    private const int GridMinimumWidth = 72;

    /// <summary>How far a grid table may grow to give its columns the source's width shares to three decimals.</summary>
    private const int GridMaximumWidth = 1000;

    private readonly Func<IEnumerable<Block>, List<string>> _blockLines;

    public MarkdownTableWriter(Func<IEnumerable<Block>, List<string>> blockLines) => _blockLines = blockLines;

    public List<string> Lines(TableBlock table)
    {
        var lines = CanBePipeTable(table) ? PipeLines(table) : GridLines(table);
        var attributes = MarkdownAttributes.Write(table.Id, [], []);
        if (!table.Caption.IsDefaultOrEmpty || attributes.Length > 0)
        {
            var caption = MarkdownInlineWriter.Write(table.Caption).Replace("\\\n", " ", StringComparison.Ordinal);
            lines.Add(string.Empty);
            lines.Add(("Table: " + caption + (attributes.Length == 0 ? string.Empty : " " + attributes)).TrimEnd());
        }

        return lines;
    }

    private static bool CanBePipeTable(TableBlock table) =>
        table.HeaderRowCount == 1
        && table.Columns.All(c => c.RelativeWidth is null)
        && table.Rows.All(row => row.Cells.Length == table.Columns.Length && row.Cells.All(cell =>
            cell.ColumnSpan == 1 && cell.RowSpan == 1
            && cell.Content switch
            {
                [] => true,
                [ParagraphBlock paragraph] => !BreaksPipeRow(paragraph.Content),
                _ => false,
            }));

    /// <summary>A forced line break or a code span holding <c>|</c> cannot be written inside one pipe table row.</summary>
    private static bool BreaksPipeRow(IEnumerable<Inline> inlines) =>
        inlines.Any(inline => inline switch
        {
            LineBreakInline => true,
            EmphasisInline e => BreaksPipeRow(e.Children),
            StrongInline s => BreaksPipeRow(s.Children),
            LinkInline l => BreaksPipeRow(l.Children),
            FormattedInline f => BreaksPipeRow(f.Children),
            SpanInline s => BreaksPipeRow(s.Children),
            CitationInline c => BreaksPipeRow(c.Children),
            CrossReferenceInline x => BreaksPipeRow(x.Children),
            ManuscriptLinkInline m => BreaksPipeRow(m.Children),
            CodeInline c => c.Code.Contains('|', StringComparison.Ordinal),
            _ => false,
        });

    private static List<string> PipeLines(TableBlock table)
    {
        var cells = table.Rows
            .Select(row => row.Cells.Select(cell => cell.Content is [ParagraphBlock p] ? MarkdownInlineWriter.Write(p.Content) : string.Empty).ToList())
            .ToList();
        var widths = Enumerable.Range(0, table.Columns.Length)
            .Select(column => Math.Max(3, cells.Max(row => row[column].Length)))
            .ToList();
        var lines = new List<string> { PipeRow(cells[0], widths) };
        lines.Add("|" + string.Concat(table.Columns.Select((column, i) => PipeDelimiter(column.Alignment, widths[i]) + "|")));
        lines.AddRange(cells.Skip(1).Select(row => PipeRow(row, widths)));
        return lines;
    }

    private static string PipeRow(List<string> cells, List<int> widths) =>
        "|" + string.Concat(cells.Select((cell, i) => " " + cell.PadRight(widths[i]) + " |"));

    private static string PipeDelimiter(TableAlignment alignment, int width) => alignment switch
    {
        TableAlignment.Left => ":" + new string('-', width + 1),
        TableAlignment.Center => ":" + new string('-', width) + ":",
        TableAlignment.Right => new string('-', width + 1) + ":",
        _ => new string('-', width + 2),
    };

    private List<string> GridLines(TableBlock table)
    {
        var columnCount = table.Columns.Length;
        var rows = table.Rows.Select(row => PlaceCells(row, columnCount)).ToList();
        var minimum = new int[columnCount];
        for (var column = 0; column < columnCount; column++)
        {
            minimum[column] = 3;
        }

        foreach (var row in rows)
        {
            foreach (var (start, span, lines) in row.Where(cell => cell.Span == 1))
            {
                minimum[start] = Math.Max(minimum[start], lines.Select(l => l.Length).DefaultIfEmpty(0).Max() + 2);
            }
        }

        var widths = GridWidths(table.Columns, minimum);
        foreach (var row in rows)
        {
            // A merged cell wider than its columns widens its last column.
            foreach (var (start, span, lines) in row.Where(cell => cell.Span > 1))
            {
                var available = Enumerable.Range(start, span).Sum(i => widths[i]) + span - 1;
                var needed = lines.Select(l => l.Length).DefaultIfEmpty(0).Max() + 2;
                if (needed > available)
                {
                    widths[start + span - 1] += needed - available;
                }
            }
        }

        // The reader (Markdig's grid tables) takes the alignments from the first line's colons.
        var output = new List<string> { Border('-', widths, table.Columns) };
        for (var r = 0; r < rows.Count; r++)
        {
            output.AddRange(GridRow(rows[r], widths));
            var lastHeader = table.Rows[r].IsHeader && (r + 1 == rows.Count || !table.Rows[r + 1].IsHeader);
            output.Add(Border(lastHeader ? '=' : '-', widths, null));
        }

        return output;
    }

    /// <summary>
    /// Columns as wide as their content; with widths from the source, the narrowest table (from
    /// <see cref="GridMinimumWidth"/> characters) whose dashes give each column its share to three decimals, never
    /// narrower than the content; past <see cref="GridMaximumWidth"/>, the nearest shares at that width.
    /// </summary>
    private static int[] GridWidths(IReadOnlyList<TableColumn> columns, int[] minimum)
    {
        if (columns.Any(c => c.RelativeWidth is null))
        {
            return minimum;
        }

        var shares = columns.Select(c => Math.Max(c.RelativeWidth!.Value, 1e-3)).ToArray();
        int[] widths = [];
        for (var total = Math.Max(GridMinimumWidth, minimum.Sum()); total <= GridMaximumWidth; total++)
        {
            widths = [.. shares.Select((share, i) => Math.Max(minimum[i], (int)Math.Round(share * total)))];
            var sum = (double)widths.Sum();
            if (widths.Select((w, i) => Math.Abs((w / sum) - shares[i])).All(error => error < 5e-4))
            {
                break;
            }
        }

        return widths;
    }

    /// <summary>Each cell's first column, span and lines; a slot covered by a cell merged from the row above gets an empty cell.</summary>
    private List<(int Start, int Span, List<string> Lines)> PlaceCells(TableRow row, int columnCount)
    {
        var placed = new List<(int, int, List<string>)>();
        var column = 0;
        foreach (var cell in row.Cells)
        {
            if (column >= columnCount)
            {
                break;
            }

            var span = Math.Clamp(cell.ColumnSpan, 1, columnCount - column);
            placed.Add((column, span, _blockLines(cell.Content)));
            column += span;
        }

        for (; column < columnCount; column++)
        {
            placed.Add((column, 1, []));
        }

        return placed;
    }

    private static IEnumerable<string> GridRow(List<(int Start, int Span, List<string> Lines)> row, int[] widths)
    {
        var height = Math.Max(1, row.Max(cell => cell.Lines.Count));
        for (var line = 0; line < height; line++)
        {
            var text = new StringBuilder("|");
            foreach (var (start, span, lines) in row)
            {
                var width = Enumerable.Range(start, span).Sum(i => widths[i]) + span - 1;
                var content = line < lines.Count ? lines[line] : string.Empty;
                text.Append(' ').Append(content.PadRight(width - 2)).Append(" |");
            }

            yield return text.ToString();
        }
    }

    /// <summary>A row separator; with <paramref name="alignments"/>, colons mark each column's alignment as in a pipe table's delimiter row.</summary>
    private static string Border(char dash, int[] widths, IReadOnlyList<TableColumn>? alignments)
    {
        var border = new StringBuilder("+");
        for (var i = 0; i < widths.Length; i++)
        {
            var alignment = alignments is null ? TableAlignment.Default : alignments[i].Alignment;
            var left = alignment is TableAlignment.Left or TableAlignment.Center ? ":" : dash.ToString(CultureInfo.InvariantCulture);
            var right = alignment is TableAlignment.Right or TableAlignment.Center ? ":" : dash.ToString(CultureInfo.InvariantCulture);
            border.Append(left).Append(dash, widths[i] - 2).Append(right).Append('+');
        }

        return border.ToString();
    }
}
