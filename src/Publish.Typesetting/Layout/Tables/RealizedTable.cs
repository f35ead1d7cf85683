using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Pages;
using Publish.Typesetting.Layout.Realize;

namespace Publish.Typesetting.Layout.Tables;

/// <summary>
/// A table to place (its caption, realized before it, is an ordinary paragraph): its rows, each cell's requests and
/// grid position, the alignment and source width of each of its <see cref="Alignments"/>.Length columns, in a column
/// at <see cref="Left"/> <see cref="Measure"/> wide. <see cref="Group"/> is its Table structure group.
/// <see cref="Geometry"/> is null until <see cref="TableSizer"/> has chosen the column widths.
/// </summary>
internal sealed record RealizedTable(
    ImmutableArray<RealizedTableRow> Rows,
    ImmutableArray<TableAlignment> Alignments,
    ImmutableArray<double?> SourceWidths,
    double Left,
    double Measure,
    ContentAnchor Anchor,
    SourceSpan Span,
    int Group) : RealizedBlock
{
    public TableGeometry? Geometry { get; init; }
}
