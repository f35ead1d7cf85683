using System.Collections.Immutable;
using Publish.Model.Inlines;

namespace Publish.Model.Blocks;

/// <summary>
/// A table: <see cref="Columns"/> (alignment and, when the source gives them, relative widths), <see cref="Rows"/>
/// (header rows first, flagged <see cref="TableRow.IsHeader"/>) and an optional <see cref="Caption"/> (empty when
/// none). <see cref="Id"/> is the author's <c>{#tbl:…}</c> id for cross-references; <see cref="Number"/> is its
/// 1-based position among the document's tables, which captions and references print ("Table 2").
/// </summary>
public sealed record TableBlock(ImmutableArray<TableColumn> Columns, ImmutableArray<TableRow> Rows, ImmutableArray<Inline> Caption, SourceSpan Span) : Block(Span)
{
    public string? Id { get; init; }

    public int Number { get; init; }

    /// <summary>How many leading rows are header rows (repeated on every page the table continues on).</summary>
    public int HeaderRowCount => Rows.TakeWhile(r => r.IsHeader).Count();
}
