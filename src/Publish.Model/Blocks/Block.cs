namespace Publish.Model.Blocks;

/// <summary>A block of the document. The set of kinds is closed: writers dispatch with one exhaustive <c>switch</c>.</summary>
public abstract record Block(SourceSpan Span);
