using Markdig.Syntax.Inlines;

namespace Publish.Manuscript.Markdown;

/// <summary>
/// An <c>@key</c> as Pandoc writes citations and pandoc-crossref writes references (<c>@fig:id</c>, <c>@tbl:id</c>,
/// <c>@sec:id</c>), bare or alone in brackets (<c>[@fig:id]</c>). <see cref="Written"/> is the source text, kept when
/// the key resolves to nothing the editions can set.
/// </summary>
internal sealed class ReferenceSyntax : LeafInline
{
    public required string Key { get; init; }

    public required string Written { get; init; }

    /// <summary>Whether the key names a figure, table or section (pandoc-crossref's prefixes) rather than a work cited.</summary>
    public bool IsCrossReference => IsCrossReferenceKey(Key);

    /// <summary>Whether <paramref name="key"/> has one of pandoc-crossref's prefixes.</summary>
    public static bool IsCrossReferenceKey(string key) => key.StartsWith("fig:", StringComparison.Ordinal) || key.StartsWith("tbl:", StringComparison.Ordinal) || key.StartsWith("sec:", StringComparison.Ordinal);
}
