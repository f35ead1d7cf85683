using System.Collections.Immutable;
using System.Globalization;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Inlines;
using Publish.Model.Pages;
using Publish.Styles;
using Publish.Typesetting.Frames;
using Publish.Typesetting.Layout.Tables;

namespace Publish.Typesetting.Layout.Realize;

/// <summary>
/// Tables: the caption above the table (the convention for tables, unlike figures), labelled "Table N:", kept with the
/// table's first rows; then the table, every block of every cell a request of its own in the cell style (set ragged,
/// a step smaller than the body). The requests' measures are placeholders until <see cref="TableSizer"/> has chosen
/// the column widths.
/// </summary>
internal sealed partial class Realizer
{
    private void Table(TableBlock table, ContentRegion region, int index, double left, double measure)
    {
        var anchor = new ContentAnchor(region, index, 0);
        var outer = _parent;
        var group = Group(outer, StructureRole.Table);
        _parent = group;
        _blocks.Add(new RealizedSpace(Text.Body.Leading / 2));
        if (!table.Caption.IsDefaultOrEmpty || (table.Id is not null && table.Number > 0))
        {
            Paragraph(TableCaption(table), Text.Caption with { FirstLineIndent = 0 }, left, measure, 0, anchor, table.Span, keepWithNext: true, role: StructureRole.Caption);
        }

        var columns = Math.Max(table.Columns.Length, table.Rows.Select(r => r.Cells.Sum(c => Math.Max(1, c.ColumnSpan))).DefaultIfEmpty(0).Max());
        var body = TableCellStyle(header: false);
        var head = TableCellStyle(header: true);

        // Columns still covered by a cell spanning down from a row above, and for how many more rows.
        var covered = new int[columns];
        var rows = ImmutableArray.CreateBuilder<RealizedTableRow>(table.Rows.Length);
        foreach (var row in table.Rows)
        {
            var cells = ImmutableArray.CreateBuilder<RealizedTableCell>(row.Cells.Length);
            var column = 0;
            foreach (var cell in row.Cells)
            {
                while (column < columns && covered[column] > 0)
                {
                    column++;
                }

                if (column >= columns)
                {
                    break;
                }

                var span = Math.Clamp(cell.ColumnSpan, 1, columns - column);
                var rowSpan = Math.Max(1, cell.RowSpan);
                for (var c = column; c < column + span; c++)
                {
                    covered[c] = rowSpan;
                }

                cells.Add(new RealizedTableCell(column, span, rowSpan, CellRequests(cell, row.IsHeader ? head : body, measure)));
                column += span;
            }

            for (var c = 0; c < columns; c++)
            {
                covered[c] = Math.Max(0, covered[c] - 1);
            }

            rows.Add(new RealizedTableRow(cells.ToImmutable(), row.IsHeader, row.Span));
        }

        var alignments = Enumerable.Range(0, columns).Select(c => c < table.Columns.Length ? table.Columns[c].Alignment : TableAlignment.Default).ToImmutableArray();
        var widths = Enumerable.Range(0, columns).Select(c => c < table.Columns.Length ? table.Columns[c].RelativeWidth : null).ToImmutableArray();
        _blocks.Add(new RealizedTable(rows.ToImmutable(), alignments, widths, left, measure, anchor, table.Span, group));
        _blocks.Add(new RealizedSpace(Text.Body.Leading / 2));
        _parent = outer;
    }

    /// <summary>
    /// "Table 2: caption", in the document's language; the label alone for a table with an id but no caption (a
    /// cross-reference prints its label, so the reader must find it). A table with neither has no caption.
    /// </summary>
    private ImmutableArray<Inline> TableCaption(TableBlock table)
    {
        var label = table.Number > 0 ? EditionLabels.Numbered(_labels.Table, table.Number) : _labels.Table;
        return table.Caption.IsDefaultOrEmpty
            ? [new TextInline(label, table.Span)]
            : [new StrongInline([new TextInline(label + ":", table.Span)], table.Span), new TextInline(" ", table.Span), .. table.Caption];
    }

    /// <summary>The body style scaled by the table style, flush left and unindented; header cells in bold.</summary>
    private TextStyle TableCellStyle(bool header)
    {
        var ratio = _style.Tables.SizeRatio;
        var bodyStyle = Text.Body;
        return bodyStyle with
        {
            Size = bodyStyle.Size * ratio,
            Leading = bodyStyle.Leading * ratio,
            Alignment = Styles.TextAlignment.Ragged,
            Face = header ? (bodyStyle.Face is FontFace.Italic or FontFace.BoldItalic ? FontFace.BoldItalic : FontFace.Bold) : bodyStyle.Face,
            FirstLineIndent = 0,
            HangingIndent = 0,
            SpaceBefore = 0,
            SpaceAfter = 0,
        };
    }

    /// <summary>One request per block of the cell (a list item's first paragraph led by its label), notes after each.</summary>
    private ImmutableArray<int> CellRequests(TableCell cell, TextStyle style, double measure)
    {
        var requests = ImmutableArray.CreateBuilder<int>();
        foreach (var block in cell.Content.IsDefault ? [] : cell.Content)
        {
            CellBlock(block, style, measure, requests);
        }

        return requests.ToImmutable();
    }

    private void CellBlock(Block block, TextStyle style, double measure, ImmutableArray<int>.Builder requests)
    {
        switch (block)
        {
            case ParagraphBlock p:
                CellParagraph(p.Content, style, measure, requests);
                break;
            case HeadingBlock h:
                CellParagraph(h.Content, style with { Face = FontFace.Bold }, measure, requests);
                break;
            case ListBlock list:
                for (var i = 0; i < list.Items.Length; i++)
                {
                    var label = list.Ordered ? (list.Start + i).ToString(CultureInfo.InvariantCulture) + ".\u00A0" : "•\u00A0";
                    var children = list.Items[i].Children;
                    if (children.FirstOrDefault() is ParagraphBlock first)
                    {
                        CellParagraph([new TextInline(label, first.Span), .. first.Content], style, measure, requests);
                        children = children.RemoveAt(0);
                    }

                    foreach (var child in children)
                    {
                        CellBlock(child, style, measure, requests);
                    }
                }

                break;
            case CodeBlock code:
                var codeStyle = Text.Code with { Size = Text.Code.Size * _style.Tables.SizeRatio, Leading = Text.Code.Leading * _style.Tables.SizeRatio, SpaceBefore = 0, SpaceAfter = 0 };
                foreach (var line in code.Text.Split('\n'))
                {
                    requests.Add(Request([new CodeInline(line.Length == 0 ? " " : line, code.Span)], codeStyle, measure, 0, hyphenate: false, code: true));
                }

                break;
            case BlockQuoteBlock quote:
                foreach (var child in quote.Children)
                {
                    CellBlock(child, style, measure, requests);
                }

                break;
            case DivBlock div:
                foreach (var child in div.Children)
                {
                    CellBlock(child, style, measure, requests);
                }

                break;
            default:
                // Figures, nested tables, definition lists, math: their text, so nothing of the cell is lost.
                var text = PlainText.Of([block]);
                if (!string.IsNullOrWhiteSpace(text))
                {
                    CellParagraph([new TextInline(text, block.Span)], style, measure, requests);
                }

                break;
        }
    }

    private void CellParagraph(ImmutableArray<Inline> content, TextStyle style, double measure, ImmutableArray<int>.Builder requests)
    {
        requests.Add(Request(content, style, measure, 0, hyphenate: false));
        NotesIn(content);
    }
}
