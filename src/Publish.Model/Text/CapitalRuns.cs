namespace Publish.Model.Text;

/// <summary>
/// Where a display line's runs of capitals stand, the one rule both editions letterspace by (the print edition through
/// HarfBuzzShaper.CapitalsTracking, the EPUB through its <c>caps</c> class): words written all in capitals, with what
/// stands between them when that has no letter ("BLACK SEA FISHERIES: A SHARED", so "A" and "OF" are spaced like their
/// neighbours and the word spaces open with the letters), holding three capitals or more ("UN" alone is not spaced).
/// A word with a lower-case letter ("Cemre", "23rd") ends a run.
/// </summary>
public static class CapitalRuns
{
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
