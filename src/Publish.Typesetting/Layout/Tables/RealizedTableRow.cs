using System.Collections.Immutable;
using Publish.Model;

namespace Publish.Typesetting.Layout.Tables;

/// <summary>A row of a <see cref="RealizedTable"/>: its cells left to right; a header row's cells are column headers.</summary>
internal sealed record RealizedTableRow(ImmutableArray<RealizedTableCell> Cells, bool IsHeader, SourceSpan Span);
