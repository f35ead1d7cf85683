using System.Collections.Immutable;
using Publish.Model.Diagnostics;

namespace Publish.Typesetting.Layout.Tables;

/// <summary>
/// The horizontal layout <see cref="TableSizer"/> chose for a table: each column's box (its text plus
/// <see cref="Padding"/> on both sides) starts at <see cref="ColumnX"/> (from the table's left edge) and is
/// <see cref="ColumnWidths"/> wide; the table is <see cref="Width"/> wide and starts <see cref="Indent"/> right of the
/// column it stands in (centred). <see cref="Scale"/> is the share of the table style's size the cells are set in (1
/// unless a wide table was shrunk); <see cref="Warning"/> says when words had to break inside to fit.
/// </summary>
internal sealed record TableGeometry(
    ImmutableArray<double> ColumnX,
    ImmutableArray<double> ColumnWidths,
    double Width,
    double Indent,
    double Padding,
    double Scale,
    Diagnostic? Warning)
{
    /// <summary>The width a cell's text is set in: its columns' boxes less the padding at its two sides.</summary>
    public double TextWidth(int column, int span) =>
        Math.Max(1, ColumnX[column + span - 1] + ColumnWidths[column + span - 1] - ColumnX[column] - (2 * Padding));
}
