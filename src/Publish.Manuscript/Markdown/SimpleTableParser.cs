using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Publish.Manuscript.Markdown;

/// <summary>
/// Pandoc's <c>simple_tables</c> (its manual, "Tables", "Simple tables"): a header line over a line of dash groups
/// separated by spaces, rows up to a blank line; or, without a header, a dash line, rows and a closing dash line.
/// Column extents come from the dash groups (a column runs from the start of its dashes to the start of the next
/// column's; the last to the end of the line); the alignment from where the header text sits against its dashes.
/// CommonMark reads the dash line as a thematic break (its groups are separated by spaces, so it is no setext
/// underline); this parser comes before that one and builds Markdig's own <see cref="Table"/>, so the pipe table's
/// conversion and caption handling apply. It opens on the dash line and reads the rows ahead through the source
/// text (<see cref="StringSlice.Text"/> is the whole document); the lines it took are then swallowed one by one.
/// A single dash group stays what CommonMark makes of it (a setext heading or a thematic break).
/// Tables are read at the top level and in fenced divs only: in quotes and list items the raw source lines carry
/// the container's markers, which would shift the columns.
/// </summary>
internal sealed class SimpleTableParser : BlockParser
{
    private const string RemainingLines = "SimpleTableParser.RemainingLines";

    public SimpleTableParser()
    {
        OpeningCharacters = ['-'];
    }

    public override bool CanInterrupt(BlockProcessor processor, Block block) => true;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent || processor.CurrentContainer is not (MarkdownDocument or CustomContainer))
        {
            return BlockState.None;
        }

        var text = processor.Line.Text;
        var dashLine = SourceLine.At(text, processor.Line.Start);
        var groups = DashGroups(dashLine.Content(text));
        if (groups is null || groups.Count < 2)
        {
            return BlockState.None;
        }

        var header = processor.CurrentBlock is ParagraphBlock { Lines.Count: 1 } paragraph && paragraph.Parent == processor.CurrentContainer
            ? paragraph
            : null;
        var rows = RowsAfter(text, dashLine, header is null);
        if (rows is null)
        {
            return BlockState.None;
        }

        var table = new Table(this) { Line = processor.LineIndex, Column = 0 };
        var columns = Extents(groups);
        var firstLine = header is not null ? SourceLine.At(text, header.Lines.Lines[0].Slice.Start) : dashLine;
        var alignedBy = header is not null ? firstLine : rows.Rows.Count > 0 ? rows.Rows[0] : dashLine;
        foreach (var (start, end) in groups)
        {
            table.ColumnDefinitions.Add(new TableColumnDefinition { Alignment = Alignment(alignedBy.Content(text), start, end) });
        }

        if (header is not null)
        {
            table.Add(Row(text, header.Line, firstLine, columns, isHeader: true));
            processor.Discard(header);
        }

        for (var i = 0; i < rows.Rows.Count; i++)
        {
            table.Add(Row(text, processor.LineIndex + 1 + i, rows.Rows[i], columns, isHeader: false));
        }

        table.Span = new SourceSpan(firstLine.Start, rows.End - 1);
        table.SetData(RemainingLines, rows.LinesTaken);
        processor.NewBlocks.Push(table);
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var remaining = block.GetData(RemainingLines) is int count ? count : 0;
        if (remaining <= 0)
        {
            return BlockState.None;
        }

        block.SetData(RemainingLines, remaining - 1);
        return BlockState.ContinueDiscard;
    }

    /// <summary>The rows after the dash line, up to a blank line or a closing dash line (taken too); null when none may follow.</summary>
    private static TableLines? RowsAfter(string text, SourceLine dashLine, bool headerless)
    {
        var rows = new List<SourceLine>();
        var position = dashLine.Next;
        var end = dashLine.End;
        var taken = 0;
        var closed = false;
        while (position < text.Length)
        {
            var line = SourceLine.At(text, position);
            var content = line.Content(text);
            if (content.IsWhiteSpace())
            {
                break;
            }

            taken++;
            end = line.End;
            position = line.Next;
            if (DashGroups(content) is not null)
            {
                closed = true;
                break;
            }

            rows.Add(line);
        }

        // Pandoc: a headerless table has at least one row and ends with a line of dashes.
        if (headerless && (!closed || rows.Count == 0))
        {
            return null;
        }

        return new TableLines(rows, taken, end);
    }

    private static TableRow Row(string text, int lineIndex, SourceLine line, List<(int Start, int End)> columns, bool isHeader)
    {
        var row = new TableRow { IsHeader = isHeader, Line = lineIndex, Span = new SourceSpan(line.Start, Math.Max(line.Start, line.End - 1)) };
        var length = line.End - line.Start;
        for (var i = 0; i < columns.Count; i++)
        {
            var from = Math.Min(columns[i].Start, length);
            var to = i == columns.Count - 1 ? length : Math.Min(columns[i].End, length);
            var slice = new StringSlice(text, line.Start + from, line.Start + to - 1);
            slice.Trim();
            var cell = new TableCell { ColumnIndex = i, Line = lineIndex, Column = from, Span = new SourceSpan(line.Start + from, Math.Max(line.Start + from, line.Start + to - 1)) };
            if (!slice.IsEmpty)
            {
                var column = slice.Start - line.Start;
                var paragraph = new ParagraphBlock { Line = lineIndex, Column = column, Span = new SourceSpan(slice.Start, slice.End) };
                paragraph.AppendLine(ref slice, column, lineIndex, line.Start, false);
                cell.Span = paragraph.Span;
                cell.Column = column;
                cell.Add(paragraph);
            }

            row.Add(cell);
        }

        return row;
    }

    /// <summary>Each column runs from its dashes to the next column's dashes (Pandoc splits a row at those positions).</summary>
    private static List<(int Start, int End)> Extents(List<(int Start, int End)> groups) =>
        [.. groups.Select((group, i) => (i == 0 ? 0 : group.Start, i + 1 < groups.Count ? groups[i + 1].Start : int.MaxValue))];

    /// <summary>
    /// Pandoc's rule: dashes flush with the text on the left only → left; on the right only → right; extending past
    /// it on both sides → centred; flush on both sides (or no text) → default.
    /// </summary>
    private static TableColumnAlign? Alignment(ReadOnlySpan<char> line, int start, int end)
    {
        var left = IsText(line, start);
        var right = IsText(line, end - 1);
        var any = false;
        for (var i = start; i < end; i++)
        {
            any |= IsText(line, i);
        }

        return (left, right) switch
        {
            _ when !any => null,
            (true, false) => TableColumnAlign.Left,
            (false, true) => TableColumnAlign.Right,
            (false, false) => TableColumnAlign.Center,
            _ => null,
        };
    }

    private static bool IsText(ReadOnlySpan<char> line, int i) => i >= 0 && i < line.Length && line[i] is not (' ' or '\t');

    /// <summary>The dash groups of a line made of dashes and spaces only (start, end exclusive), or null for any other line.</summary>
    private static List<(int Start, int End)>? DashGroups(ReadOnlySpan<char> line)
    {
        var groups = new List<(int Start, int End)>();
        var i = 0;
        while (i < line.Length)
        {
            if (line[i] == '-')
            {
                var start = i;
                while (i < line.Length && line[i] == '-')
                {
                    i++;
                }

                groups.Add((start, i));
            }
            else if (line[i] is ' ' or '\t')
            {
                i++;
            }
            else
            {
                return null;
            }
        }

        return groups.Count == 0 ? null : groups;
    }
}
