using System.Collections.Immutable;

namespace Publish.Model.Inlines;

/// <summary>
/// A resolved reference to something of this document: a heading, figure, table or span with the id
/// <see cref="TargetId"/>. <see cref="Children"/> is the author's link text; when empty, writers set the target's
/// label (<see cref="TargetKind"/> + <see cref="Number"/>: "Table 2", or a heading's text), and the PDF may add
/// the page it lies on. An unresolvable reference never becomes this: the reader keeps its text and warns.
/// </summary>
public sealed record CrossReferenceInline(string TargetId, CrossReferenceKind TargetKind, ImmutableArray<Inline> Children, SourceSpan Span) : Inline(Span)
{
    /// <summary>The table's or figure's number; 0 for a heading or span.</summary>
    public int Number { get; init; }

    /// <summary>The target's own text (a heading's text), for a reference without link text to a heading.</summary>
    public string TargetText { get; init; } = "";
}
