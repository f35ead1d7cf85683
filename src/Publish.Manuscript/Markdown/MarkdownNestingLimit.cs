namespace Publish.Manuscript.Markdown;

/// <summary>The limits <see cref="MarkdownNesting"/> checks.</summary>
internal enum MarkdownNestingLimit
{
    /// <summary>Containers and inline levels together deeper than <see cref="MarkdownLimits.MaxNestingDepth"/> (PUB1006).</summary>
    Depth,

    /// <summary>More than <see cref="MarkdownLimits.MaxEmphasisDelimitersPerParagraph"/> emphasis delimiter runs in one paragraph (PUB1009).</summary>
    EmphasisDelimiters,
}
