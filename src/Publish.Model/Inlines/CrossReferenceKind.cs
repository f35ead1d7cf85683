namespace Publish.Model.Inlines;

/// <summary>What a <see cref="CrossReferenceInline"/> points at.</summary>
public enum CrossReferenceKind
{
    Section,
    Figure,
    Table,
    Span,
}
