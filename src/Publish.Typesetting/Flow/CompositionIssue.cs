using Publish.Model;

namespace Publish.Typesetting.Flow;

/// <summary>A composition rule broken on a page (1-based <see cref="PageNumber"/>), reported as a warning.</summary>
public sealed record CompositionIssue(string Code, int PageNumber, SourceSpan Span, string Message);
