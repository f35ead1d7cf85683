namespace Publish.Model.Inlines;

/// <summary>A forced line break inside a block.</summary>
public sealed record LineBreakInline(SourceSpan Span) : Inline(Span);
