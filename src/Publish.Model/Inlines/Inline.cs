namespace Publish.Model.Inlines;

/// <summary>
/// A run of content inside a paragraph, heading, caption, note or bibliography entry.
/// The set of kinds is closed: writers dispatch with one exhaustive <c>switch</c>.
/// </summary>
public abstract record Inline(SourceSpan Span);
