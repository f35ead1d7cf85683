namespace Publish.Model.Blocks;

/// <summary>Verbatim text in a monospaced face, lines kept as written.</summary>
public sealed record CodeBlock(string Text, SourceSpan Span) : Block(Span);
