using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Publish.Manuscript.Markdown;

/// <summary>Pandoc's bracketed span <c>[text]{#id .class lang=xx}</c>: its content parsed as inlines, and its attributes.</summary>
internal sealed class BracketedSpanSyntax : LeafInline
{
    public required ParagraphBlock Content { get; init; }

    public required HtmlAttributes Attributes { get; init; }
}
