namespace Publish.Model.Inlines;

/// <summary>Literal code, set verbatim (no typographic refinements, no hyphenation).</summary>
public sealed record CodeInline(string Code, SourceSpan Span) : Inline(Span);
