namespace Publish.Manuscript.Markdown;

/// <summary>
/// Markdig parses a link destination by scanning forward for its closing parenthesis, so a paragraph of
/// unclosed links (<c>[a]([a]([a](…</c>) costs time quadratic in its length: 50,000 characters take seconds,
/// a million would take hours. Before parsing, this guard counts link openers <c>](</c> per block of text
/// between blank lines in one linear pass; more than <see cref="MaxLinksPerBlock"/> is refused (PUB1008).
/// No real paragraph has a thousand links, and a thousand bounded scans of a paragraph within
/// <see cref="Input.InputDiagnosticLimits.MaxParagraphCharacters"/> stay within seconds.
/// </summary>
internal static class LinkRunGuard
{
    public const int MaxLinksPerBlock = 1_000;

    /// <summary>The offset of the first block (text between blank lines) with more link openers than the limit, or null.</summary>
    public static int? FirstOverfullBlock(string text, int start)
    {
        var blockStart = start;
        var openers = 0;
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

            if (c == ']' && i + 1 < text.Length && text[i + 1] == '(' && ++openers > MaxLinksPerBlock)
            {
                return blockStart;
            }
        }

        return null;
    }
}
