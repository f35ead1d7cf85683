namespace Publish.Model.Blocks;

/// <summary>Display mathematics (<c>$$…$$</c>) as the author typed it (TeX). Editions set it as text in an italic face: there is no math layout yet.</summary>
public sealed record MathBlock(string Tex, SourceSpan Span) : Block(Span);
