namespace Publish.Manuscript.Markdown;

/// <summary>
/// A linear pre-scan of Markdown for how deeply it nests, run before Markdig sees the text. Markdig's cost grows
/// faster than the input with depth (3,000 nested list items, a 9 MB file, took over a minute; 1,000 took 5 s) and its
/// own guard only fires after that work, at no useful place. The scan follows CommonMark's container rules line by
/// line (block quotes and list items, with fenced and indented code skipped and thematic breaks told from list
/// markers) and, inside a paragraph, counts the inline levels Markdig builds: unclosed <c>[</c> (Markdig keeps an
/// unmatched bracket as a container of what follows) and emphasis delimiters that close over still-open ones. At
/// most <see cref="MarkdownLimits.MaxNestingDepth"/> levels, containers and inline levels together; the first level
/// past it is where the manuscript is refused. It also bounds a paragraph's emphasis delimiter runs, whose cost in
/// Markdig grows with their square (<see cref="MarkdownLimits.MaxEmphasisDelimitersPerParagraph"/>). The scan may count a level too many, never too few; its work per
/// line is the line's length plus the (bounded) number of open containers, so the whole is linear in the text.
/// </summary>
internal static class MarkdownNesting
{
    /// <summary>Where <paramref name="text"/> first nests deeper than <paramref name="maxDepth"/> levels or has a paragraph of more than <paramref name="maxDelimiterRuns"/> emphasis delimiter runs, or null.</summary>
    public static MarkdownNestingExcess? FirstExcess(
        string text,
        int start = 0,
        int maxDepth = MarkdownLimits.MaxNestingDepth,
        int maxDelimiterRuns = MarkdownLimits.MaxEmphasisDelimitersPerParagraph)
    {
        var scan = new MarkdownNestingScan(text, maxDepth, maxDelimiterRuns);
        var lineStart = start;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            var end = lineEnd < 0 ? text.Length : lineEnd;
            if (scan.Line(lineStart, end > lineStart && text[end - 1] == '\r' ? end - 1 : end) is { } tooDeep)
            {
                return tooDeep;
            }

            if (lineEnd < 0)
            {
                return scan.End();
            }

            lineStart = lineEnd + 1;
        }

        return null;
    }
}
