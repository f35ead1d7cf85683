using System.Collections.Immutable;

namespace Publish.Model.Blocks;

/// <summary>
/// A cell: its blocks (a pipe table's cell holds one paragraph; a grid table's may hold lists, several paragraphs…),
/// and how many columns and rows it spans (1 and 1 unless a grid table merges cells).
/// </summary>
public sealed record TableCell(ImmutableArray<Block> Content, int ColumnSpan, int RowSpan, SourceSpan Span);
