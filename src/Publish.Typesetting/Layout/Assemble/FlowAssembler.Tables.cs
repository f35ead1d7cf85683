using System.Collections.Immutable;
using System.Globalization;
using Publish.Model.Blocks;
using Publish.Model.Diagnostics;
using Publish.Typesetting.Flow;
using Publish.Typesetting.Frames;
using Publish.Typesetting.Layout.Tables;
using Publish.Typesetting.Paragraphs;

namespace Publish.Typesetting.Layout.Assemble;

/// <summary>
/// Tables: each row one <see cref="FlowTableRow"/> whose cells' lines stand in their columns, aligned as the column
/// says, tagged Table/THead/TBody/TR/TH/TD (ISO 32000-1 §14.8.4.3.4; PDF/UA-1 §7.5); booktabs rules (a heavy one above
/// and below the table, a light one under the header, none between columns); the header rows built a second time, as
/// artifacts, for the top of each continuation page.
/// </summary>
internal sealed partial class FlowAssembler
{
    /// <summary>Booktabs' <c>\heavyrulewidth</c> and <c>\lightrulewidth</c>, in points.</summary>
    private const double HeavyRule = 0.8, LightRule = 0.5;

    /// <summary>Space above and below a row's text, as a share of the cell leading.</summary>
    private const double RowPadding = 0.15;

    /// <summary>Space between two blocks of one cell, as a share of the cell leading.</summary>
    private const double CellParagraphGap = 0.4;

    private int _tables;

    private void Table(RealizedTable table)
    {
        var geometry = table.Geometry ?? throw new InvalidOperationException("A table reached assembly without its column widths.");
        if (geometry.Warning is { } warning)
        {
            _diagnostics.Add(warning);
        }

        var id = _tables++;
        var tableElement = _groups[table.Group];
        var headerRows = table.Rows.TakeWhile(r => r.IsHeader).Count();
        var head = headerRows > 0 ? _structure.Add(tableElement, StructureRole.TableHead) : (int?)null;
        int? body = null;
        var leading = CellLeading(table);
        var x = table.Left + geometry.Indent;
        var last = table.Rows.Length - 1;
        var rules = _style.Tables.Rules;

        // The repeat, built first and untagged: building it takes no structure ids, sets no notes.
        TableRowBox? repeat = null;
        if (headerRows > 0 && headerRows < table.Rows.Length)
        {
            var lines = ImmutableArray.CreateBuilder<CellLine>();
            var ruleList = ImmutableArray.CreateBuilder<TableRule>();
            var top = 0.0;
            for (var r = 0; r < headerRows; r++)
            {
                var (rowLines, _) = RowLines(table, r, geometry, tag: null);
                top = Stack(rowLines, r == 0 && rules, r == headerRows - 1 && rules ? LightRule : 0, top, leading, lines, ruleList);
            }

            repeat = new TableRowBox(lines.ToImmutable(), ruleList.ToImmutable(), top, geometry.Width, StyleMapping.Color(_style.Text.Body.Color), artifact: true);
        }

        // A row taller than this is cut: a page holds the repeated header and the row piece.
        var limit = _style.Page.TextHeight - (repeat?.Height ?? 0) - (2 * RowPadding * leading) - HeavyRule - LightRule;
        for (var r = 0; r < table.Rows.Length; r++)
        {
            var row = table.Rows[r];
            var group = row.IsHeader ? head!.Value : body ??= _structure.Add(tableElement, StructureRole.TableBody);
            var rowElement = _structure.Add(group, StructureRole.TableRow);
            var (cells, heights) = RowLines(table, r, geometry, rowElement);
            var ruleAbove = r == 0 && rules;
            var ruleBelow = !rules ? 0 : r == last ? HeavyRule : row.IsHeader && r == headerRows - 1 ? LightRule : 0;
            var keep = row.IsHeader && r < last;
            var repeated = row.IsHeader ? null : repeat;
            var pieces = Pieces(cells, heights, limit, row.Span).ToList();
            for (var p = 0; p < pieces.Count; p++)
            {
                var lines = ImmutableArray.CreateBuilder<CellLine>();
                var ruleList = ImmutableArray.CreateBuilder<TableRule>();
                var height = Stack(pieces[p], ruleAbove, p == pieces.Count - 1 ? ruleBelow : 0, 0, leading, lines, ruleList);
                var notes = ImmutableArray.CreateBuilder<FootnoteBody>();
                foreach (var line in lines)
                {
                    notes.AddRange(NewNotes(line.Line.Line));
                }

                if (_captionNotes.Count > 0)
                {
                    notes.InsertRange(0, _captionNotes);
                    _captionNotes.Clear();
                }

                var box = new TableRowBox(lines.ToImmutable(), ruleList.ToImmutable(), height, geometry.Width, StyleMapping.Color(_style.Text.Body.Color), artifact: false);
                _elements.Add(new FlowTableRow(box, x, id, repeated, notes.ToImmutable(), keep, table.Anchor, row.Span));
                ruleAbove = false;
            }
        }
    }

    private double CellLeading(RealizedTable table) =>
        _style.Text.Body.Leading * _style.Tables.SizeRatio * (table.Geometry?.Scale ?? 1);

    /// <summary>
    /// Stacks a row's cell lines (tops relative to the row's text) below <paramref name="top"/>, with the row's padding,
    /// a heavy rule above when asked and a rule <paramref name="ruleBelow"/> points thick below (none when 0); returns
    /// the new top.
    /// </summary>
    private static double Stack(List<CellLine> cells, bool ruleAbove, double ruleBelow, double top, double leading, ImmutableArray<CellLine>.Builder lines, ImmutableArray<TableRule>.Builder rules)
    {
        if (ruleAbove)
        {
            rules.Add(new TableRule(top + (HeavyRule / 2), HeavyRule));
            top += HeavyRule;
        }

        var pad = RowPadding * leading;
        var text = 0.0;
        foreach (var line in cells)
        {
            lines.Add(line with { Top = top + pad + line.Top });
            text = Math.Max(text, line.Top + line.Leading);
        }

        top += text + (2 * pad);
        if (ruleBelow > 0)
        {
            rules.Add(new TableRule(top + (ruleBelow / 2), ruleBelow));
            top += ruleBelow;
        }

        return top;
    }

    /// <summary>
    /// The lines of row <paramref name="index"/>, in reading order (cell by cell), tops relative to the row's text, and
    /// each cell's text height. With a row element each cell becomes a TH or TD under it (its blocks, when several, Ps).
    /// </summary>
    private (List<CellLine> Lines, List<(int First, int Count)> Cells) RowLines(RealizedTable table, int index, TableGeometry geometry, int? tag)
    {
        var row = table.Rows[index];
        var lines = new List<CellLine>();
        var cells = new List<(int, int)>();
        var leading = CellLeading(table);
        foreach (var cell in row.Cells)
        {
            var first = lines.Count;
            int? cellElement = tag is { } rowElement
                ? _structure.AddCell(rowElement, row.IsHeader ? StructureRole.TableHeaderCell : StructureRole.TableDataCell, cell.ColumnSpan, cell.RowSpan)
                : null;
            var textWidth = geometry.TextWidth(cell.Column, cell.ColumnSpan);
            var left = geometry.ColumnX[cell.Column] + geometry.Padding;
            var alignment = table.Alignments[cell.Column];
            var top = 0.0;
            for (var b = 0; b < cell.Requests.Length; b++)
            {
                var layout = tag is null ? _set[cell.Requests[b]].Layout : Take(cell.Requests[b]);
                if (layout.Lines.IsEmpty)
                {
                    continue;
                }

                StructureTag? structureTag = cellElement is { } element
                    ? new StructureTag(_structure, cell.Requests.Length == 1 ? element : _structure.Add(element, StructureRole.Paragraph))
                    : null;
                if (lines.Count > first)
                {
                    top += CellParagraphGap * leading;
                }

                var color = StyleMapping.Color(_realization.Requests[cell.Requests[b]].Style.Color);
                foreach (var line in layout.Lines)
                {
                    var shift = alignment switch
                    {
                        TableAlignment.Center => (textWidth - line.Width) / 2,
                        TableAlignment.Right => textWidth - line.Width,
                        _ => line.FlushOffset,
                    };
                    lines.Add(new CellLine(new PlacedLine(line, color, Math.Max(0, shift), [], structureTag), left, top, layout.Leading));
                    top += layout.Leading;
                }
            }

            cells.Add((first, lines.Count - first));
        }

        return (lines, cells);
    }

    /// <summary>
    /// The row whole, or — taller than <paramref name="limit"/> — cut into pieces that each fit a page: every cell
    /// gives each piece the lines that fit, so the cells run on side by side from piece to piece.
    /// </summary>
    private IEnumerable<List<CellLine>> Pieces(List<CellLine> lines, List<(int First, int Count)> cells, double limit, Model.SourceSpan span)
    {
        var height = lines.Count == 0 ? 0 : lines.Max(l => l.Top + l.Leading);
        if (height <= limit || limit <= 0)
        {
            yield return lines;
            yield break;
        }

        _diagnostics.Add(Diagnostic.Warning(FlowDiagnosticCodes.TableRowTallerThanPage, span, string.Create(CultureInfo.InvariantCulture, $"a table row is {height:0} pt tall, more than a page holds ({limit:0} pt): it is split between pages")));
        var next = cells.Select(c => c.First).ToArray();
        while (cells.Select((c, i) => next[i] < c.First + c.Count).Any(left => left))
        {
            var piece = new List<CellLine>();
            for (var i = 0; i < cells.Count; i++)
            {
                var end = cells[i].First + cells[i].Count;
                var start = next[i] < end ? lines[next[i]].Top : 0;

                // At least one line per piece, so a line taller than the limit cannot stop the cutting.
                while (next[i] < end && (piece.Count == 0 || lines[next[i]].Top + lines[next[i]].Leading - start <= limit))
                {
                    piece.Add(lines[next[i]] with { Top = lines[next[i]].Top - start });
                    next[i]++;
                }
            }

            yield return piece;
        }
    }
}
