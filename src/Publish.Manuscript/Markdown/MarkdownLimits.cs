namespace Publish.Manuscript.Markdown;

/// <summary>
/// Nesting limits. The model is walked recursively by every writer, so a manuscript nested deeper than
/// <see cref="MaxNestingDepth"/> (quotes in lists in quotes…, or emphasis in links in emphasis…) is refused with
/// PUB1006 rather than risking a stack overflow; no real book nests anywhere near this deep.
/// </summary>
internal static class MarkdownLimits
{
    public const int MaxNestingDepth = 32;

    /// <summary>Markdig's own parse-time guard; deeper input makes Markdig throw, which the reader reports as PUB1006.</summary>
    public const int MarkdigNestingDepth = 128;
}
