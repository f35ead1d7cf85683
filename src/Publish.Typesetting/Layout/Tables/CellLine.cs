namespace Publish.Typesetting.Layout.Tables;

/// <summary>A line of a cell placed in its row: <see cref="X"/> from the table's left edge, its top <see cref="Top"/> below the row's.</summary>
internal readonly record struct CellLine(PlacedLine Line, double X, double Top, double Leading);
