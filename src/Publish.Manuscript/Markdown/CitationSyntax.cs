using System.Collections.Immutable;
using Markdig.Syntax.Inlines;
using Publish.Model.Inlines;

namespace Publish.Manuscript.Markdown;

/// <summary>A Pandoc citation as parsed: its cites, whether it is in the text (<c>@a [p. 3]</c>), and its source text.</summary>
internal sealed class CitationSyntax : LeafInline
{
    public required ImmutableArray<CitedItem> Cites { get; init; }

    public required bool InText { get; init; }

    public required string Written { get; init; }
}
