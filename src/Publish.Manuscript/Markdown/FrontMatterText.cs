using Publish.Model;

namespace Publish.Manuscript.Markdown;

/// <summary>A Markdown-valued front matter field (citation, about-author, abstract) and where its key is.</summary>
internal sealed record FrontMatterText(string Markdown, SourceSpan Span);
