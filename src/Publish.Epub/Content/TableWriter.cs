using System.Globalization;
using Publish.Epub.Styling;
using Publish.Model;
using Publish.Model.Blocks;

namespace Publish.Epub.Content;

/// <summary>
/// A table as HTML's table model (HTML §4.9): a <c>caption</c> led by its label ("Table 2:"), a <c>colgroup</c> when the
/// source gives widths, the leading header rows in <c>thead</c> as <c>th scope="col"</c> (WCAG technique H63), the
/// others in <c>tbody</c>, merged cells as <c>colspan</c>/<c>rowspan</c>. A column's alignment is a class on each of
/// its cells, found through a grid of the slots earlier rows' row spans still occupy. A cell holding one paragraph
/// holds its text directly; notes inside cells are ordinary markers, their text after the table.
/// </summary>
internal sealed class TableWriter(XhtmlOutput xhtml, BlockWriter blocks, EditionLabels labels, StylesheetNeeds needs)
{
    public void Write(TableBlock table)
    {
        needs.Use(StyleFeature.Tables);
        xhtml.Start("table");
        if (blocks.AuthorId(table) is { } id)
        {
            xhtml.Attribute("id", id);
        }

        var sized = table.Columns.Any(c => c.RelativeWidth is > 0);
        if (sized)
        {
            xhtml.Attribute("class", "sized");
        }

        WriteCaption(table);
        if (sized)
        {
            xhtml.Start("colgroup");
            foreach (var column in table.Columns)
            {
                xhtml.Start("col");
                if (column.RelativeWidth is > 0 and var width)
                {
                    xhtml.Attribute("class", needs.ColumnWidth(width));
                }

                xhtml.End();
            }

            xhtml.End();
        }

        var occupied = new List<int>();
        var headerRows = table.HeaderRowCount;
        WriteRows("thead", table, table.Rows.Take(headerRows), occupied);
        WriteRows("tbody", table, table.Rows.Skip(headerRows), occupied);
        xhtml.End();
    }

    /// <summary>
    /// The caption, labelled with the table's number when it has one. A table without a caption gets its label alone
    /// only when it has an id to be referred to: "see Table 2" must find a "Table 2".
    /// </summary>
    private void WriteCaption(TableBlock table)
    {
        var hasCaption = !table.Caption.IsDefaultOrEmpty;
        var label = table.Number > 0 && (hasCaption || table.Id is not null) ? EditionLabels.Numbered(labels.Table, table.Number) : null;
        if (!hasCaption && label is null)
        {
            return;
        }

        xhtml.Start("caption");
        blocks.WriteLabel(label, hasCaption);
        if (hasCaption)
        {
            blocks.Inlines.Write(table.Caption, null);
        }

        xhtml.End();
    }

    /// <summary><paramref name="occupied"/>: for each column, how many more rows a cell above still covers.</summary>
    private void WriteRows(string group, TableBlock table, IEnumerable<TableRow> rows, List<int> occupied)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        xhtml.Start(group);
        foreach (var row in list)
        {
            xhtml.Start("tr");
            var column = 0;
            foreach (var cell in row.Cells)
            {
                while (column < occupied.Count && occupied[column] > 0)
                {
                    column++;
                }

                WriteCell(table, row, cell, column);
                var span = Math.Max(1, cell.ColumnSpan);
                for (var c = column; c < column + span; c++)
                {
                    while (occupied.Count <= c)
                    {
                        occupied.Add(0);
                    }

                    occupied[c] = Math.Max(occupied[c], Math.Max(1, cell.RowSpan));
                }

                column += span;
            }

            xhtml.End();

            // This row is done: every covered slot has one row fewer to go.
            for (var c = 0; c < occupied.Count; c++)
            {
                occupied[c] = Math.Max(0, occupied[c] - 1);
            }
        }

        xhtml.End();
    }

    private void WriteCell(TableBlock table, TableRow row, TableCell cell, int column)
    {
        xhtml.Start(row.IsHeader ? "th" : "td");
        if (row.IsHeader)
        {
            // "col" also for a cell spanning columns: HTML's algorithm for assigning header cells (§4.9.12.1) makes it
            // the header of every column it covers; "colgroup" would need colgroup elements the table may not have.
            xhtml.Attribute("scope", "col");
        }

        if (cell.ColumnSpan > 1)
        {
            xhtml.Attribute("colspan", cell.ColumnSpan.ToString(CultureInfo.InvariantCulture));
        }

        if (cell.RowSpan > 1)
        {
            xhtml.Attribute("rowspan", cell.RowSpan.ToString(CultureInfo.InvariantCulture));
        }

        var alignment = column < table.Columns.Length ? table.Columns[column].Alignment : TableAlignment.Default;
        if (alignment != TableAlignment.Default)
        {
            xhtml.Attribute("class", "align-" + alignment.ToString().ToLowerInvariant());
        }

        if (cell.Content is [ParagraphBlock only])
        {
            xhtml.Direction(PlainText.Of(only.Content));
            blocks.Inlines.Write(only.Content, null);
        }
        else
        {
            blocks.WriteChildren(cell.Content);
        }

        xhtml.End();
    }
}
