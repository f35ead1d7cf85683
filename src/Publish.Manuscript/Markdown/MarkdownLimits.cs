using System.Globalization;

namespace Publish.Manuscript.Markdown;

/// <summary>
/// Nesting limits. Markdig's cost grows faster than the text with nesting depth, and the model is walked recursively
/// by every writer, so <see cref="MarkdownNesting"/> refuses (PUB1006) a manuscript whose block quotes, list items,
/// open brackets and emphasis nest, together, deeper than <see cref="MaxNestingDepth"/> at any point, before Markdig
/// sees it; no real book nests anywhere near this deep (the CommonMark spec and Pandoc's manual reach 6).
/// </summary>
internal static class MarkdownLimits
{
    public const int MaxNestingDepth = 32;

    /// <summary>
    /// The model builder's backstop on the depth of what it converts. The model counts a list item as two levels (list
    /// and item) and the paragraph as one, and a note's body is converted where it is referenced, so a manuscript
    /// within <see cref="MaxNestingDepth"/> stays well below this.
    /// </summary>
    public const int MaxModelDepth = 4 * MaxNestingDepth;

    /// <summary>Markdig's own parse-time guard; deeper input makes Markdig throw, which the reader reports as PUB1006.</summary>
    public const int MarkdigNestingDepth = 4 * MaxNestingDepth;

    /// <summary>
    /// Emphasis delimiter runs (<c>*</c> or <c>_</c> runs that can open or close) in one paragraph. Markdig nests each
    /// one inside the previous until the paragraph ends, so its time per paragraph grows with their square: 1 MB of
    /// <c>*a*</c> took 5 s in paragraphs of 64 pairs, 18 s of 1,000 and 49 s of 4,000 (plain text: under 1 s). A
    /// paragraph with 128 emphasised words is far beyond any book.
    /// </summary>
    public const int MaxEmphasisDelimitersPerParagraph = 256;

    public static string TooDeepMessage { get; } = string.Create(
        CultureInfo.InvariantCulture,
        $"the manuscript nests quotes, lists, brackets or emphasis deeper than {MaxNestingDepth} levels here (they count together); it is refused");

    public static string TooManyDelimitersMessage { get; } = string.Create(
        CultureInfo.InvariantCulture,
        $"this paragraph has more than {MaxEmphasisDelimitersPerParagraph} emphasis markers ('*' or '_' runs); reading it would take too long, so it is refused; split it or escape them ('\\*')");
}
