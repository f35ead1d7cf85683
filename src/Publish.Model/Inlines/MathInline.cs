namespace Publish.Model.Inlines;

/// <summary>Inline mathematics (<c>$…$</c>) as typed (TeX), set as italic text: there is no math layout yet.</summary>
public sealed record MathInline(string Tex, SourceSpan Span) : Inline(Span);
