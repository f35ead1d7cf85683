namespace Publish.Manuscript.Markdown;

/// <summary>
/// Markdig parses a link destination by scanning forward for its closing parenthesis, so a paragraph of
/// unclosed links (<c>[a]([a]([a](…</c>) costs time proportional to (link openers × paragraph length):
/// 50,000 characters of them took 2–5 s here, a million would take hours. Before parsing, this guard counts
/// link openers <c>](</c> per block of text between blank lines, line by line with ordinal searches in one linear pass, and refuses (PUB1008) a
/// block whose scan work, openers × characters so far, exceeds <see cref="MaxLinkScanWork"/>: about a second
/// of Markdig's time. Real text stays far below it (a 20,000-character paragraph with 5,000 links is half of it).
/// </summary>
internal static class LinkRunGuard
{
    public const long MaxLinkScanWork = 200_000_000;

    /// <summary>The offset of the first block (text between blank lines) whose link scan work exceeds the budget, or null.</summary>
    public static int? FirstOverfullBlock(string text, int start) => FirstOverfullBlock(text, start, MaxLinkScanWork);

    internal static int? FirstOverfullBlock(string text, int start, long maxWork)
    {
        var blockStart = start;
        var openers = 0L;
        var lineStart = start;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            var end = lineEnd < 0 ? text.Length : lineEnd;
            for (var opener = text.IndexOf("](", lineStart, end - lineStart, StringComparison.Ordinal); opener >= 0; opener = text.IndexOf("](", opener + 2, end - opener - 2, StringComparison.Ordinal))
            {
                openers++;
            }

            // Both factors only grow within a block, so a line's last character is where its work is largest.
            if (openers > 0 && end > lineStart && openers * (end - blockStart) > maxWork)
            {
                return blockStart;
            }

            if (lineEnd < 0)
            {
                break;
            }

            if (IsBlank(text, lineStart, end))
            {
                blockStart = lineEnd + 1;
                openers = 0;
            }

            lineStart = lineEnd + 1;
        }

        return null;
    }

    private static bool IsBlank(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] is not (' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }
}
