namespace Publish.Epub.Content;

/// <summary>
/// Where a display line's runs of capitals stand, by the rule the print edition letterspaces them by
/// (<c>Publish.Typesetting.Paragraphs.InlineFlattener.CapitalRuns</c>; the EPUB may not reference the typesetter, and a
/// test builds both editions of the same titles to keep the two in step): words written all in capitals, with what
/// stands between them when that has no letter ("BLACK SEA FISHERIES: A SHARED"), holding three capitals or more
/// ("UN" alone is not spaced). A word with a lower-case letter ("Cemre", "23rd") ends a run.
/// </summary>
internal static class CapitalRuns
{
    /// <summary>Bringhurst 3.2.2 asks 5–10 % of the size between capitals; the print edition opens 6 % (HarfBuzzShaper.CapitalsTracking).</summary>
    public const string Tracking = "0.06em";

    private const int Fewest = 3;

    /// <summary>The runs of <paramref name="text"/> to letterspace, as start and length, in order.</summary>
    public static IEnumerable<(int Start, int Length)> In(string text)
    {
        int runStart = -1, runEnd = -1, capitals = 0;
        var i = 0;
        while (i <= text.Length)
        {
            if (i < text.Length && !char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var wordStart = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            if (i > wordStart && AllCapitals(text, wordStart, i))
            {
                runStart = runStart < 0 ? wordStart : runStart;
                runEnd = i;
                capitals += i - wordStart;
            }
            else
            {
                if (capitals >= Fewest)
                {
                    yield return (runStart, runEnd - runStart);
                }

                (runStart, runEnd, capitals) = (-1, -1, 0);
            }

            if (i == text.Length)
            {
                if (capitals >= Fewest)
                {
                    yield return (runStart, runEnd - runStart);
                }

                yield break;
            }
        }
    }

    private static bool AllCapitals(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!char.IsUpper(text[k]))
            {
                return false;
            }
        }

        return true;
    }
}
