namespace Publish.Manuscript.Markdown;

/// <summary>
/// Markdig parses a link destination by scanning forward for its closing parenthesis, so a paragraph of
/// unclosed links (<c>[a]([a]([a](…</c>) costs time proportional to (link openers × paragraph length):
/// 50,000 characters of them took 2–5 s here, a million would take hours. Before parsing, this guard counts
/// link openers <c>](</c> per block of text between blank lines in one linear pass and refuses (PUB1008) a
/// block whose scan work, openers × characters so far, exceeds <see cref="MaxLinkScanWork"/>: about a second
/// of Markdig's time. Real text stays far below it (a 20,000-character paragraph with 5,000 links is half of it).
/// </summary>
internal static class LinkRunGuard
{
    public const long MaxLinkScanWork = 200_000_000;

    /// <summary>The offset of the first block (text between blank lines) whose link scan work exceeds the budget, or null.</summary>
    public static int? FirstOverfullBlock(string text, int start)
    {
        var blockStart = start;
        var openers = 0L;
        var lineHasText = false;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (!lineHasText)
                {
                    blockStart = i + 1;
                    openers = 0;
                }

                lineHasText = false;
                continue;
            }

            if (c is not (' ' or '\t'))
            {
                lineHasText = true;
            }

            if (c == ']' && i + 1 < text.Length && text[i + 1] == '(')
            {
                openers++;
            }

            // Both factors only grow within a block, so the first position past the budget decides.
            if (openers > 0 && openers * (i - blockStart + 1) > MaxLinkScanWork)
            {
                return blockStart;
            }
        }

        return null;
    }
}
