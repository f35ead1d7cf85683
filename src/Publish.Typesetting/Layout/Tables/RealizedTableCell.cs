using System.Collections.Immutable;

namespace Publish.Typesetting.Layout.Tables;

/// <summary>
/// A cell at grid column <see cref="Column"/> spanning <see cref="ColumnSpan"/> columns and <see cref="RowSpan"/>
/// rows; its blocks are the requests <see cref="Requests"/>, stacked top to bottom (none for an empty cell).
/// </summary>
internal sealed record RealizedTableCell(int Column, int ColumnSpan, int RowSpan, ImmutableArray<int> Requests);
