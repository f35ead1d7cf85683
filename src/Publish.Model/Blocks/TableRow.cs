using System.Collections.Immutable;

namespace Publish.Model.Blocks;

/// <summary>A row of a <see cref="TableBlock"/>; a header row's cells are column headers (<c>TH</c> with column scope).</summary>
public sealed record TableRow(ImmutableArray<TableCell> Cells, bool IsHeader, SourceSpan Span);
