namespace Publish.Model.Inlines;

/// <summary>Plain text, already normalised (typographic quotes and dashes applied, no control characters).</summary>
public sealed record TextInline(string Text, SourceSpan Span) : Inline(Span);
