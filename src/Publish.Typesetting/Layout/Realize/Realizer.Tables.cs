using Publish.Model.Blocks;
using Publish.Model.Pages;

namespace Publish.Typesetting.Layout.Realize;

/// <summary>Tables. Interim: the caption, then each cell's blocks one after the other (the table layout replaces this).</summary>
internal sealed partial class Realizer
{
    private void Table(TableBlock table, ContentRegion region, int index, double left, double measure)
    {
        if (!table.Caption.IsDefaultOrEmpty)
        {
            Paragraph(table.Caption, Text.Caption, left, measure, 0, new ContentAnchor(region, index, 0), table.Span);
        }

        foreach (var cell in table.Rows.SelectMany(row => row.Cells))
        {
            foreach (var block in cell.Content)
            {
                BodyBlock(block, region, index, false, left, measure);
            }
        }
    }
}
