using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Pages;

namespace Publish.Typesetting.Flow;

/// <summary>
/// A row of table <see cref="Table"/> (an id unique in the flow), placed whole at <see cref="X"/>: a row is never split
/// between pages (one taller than a page arrives already cut into rows of a page's height at most). On a page where
/// no row of its table stands yet, <see cref="RepeatedHeader"/> (the table's header rows, as artifacts) is drawn above
/// it first, so a reader of a continuation page sees what the columns are; null for a header row or a table without
/// one. <see cref="Notes"/> are the notes whose first marker is in the row, which start on its page (the same
/// invariant as for a <see cref="FlowLine"/>); <see cref="KeepWithNext"/> glues a header row to the row after it.
/// </summary>
public sealed record FlowTableRow(
    IBlockBox Row,
    double X,
    int Table,
    IBlockBox? RepeatedHeader,
    ImmutableArray<FootnoteBody> Notes,
    bool KeepWithNext,
    ContentAnchor? Anchor,
    SourceSpan Span) : FlowElement;
