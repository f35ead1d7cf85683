namespace Publish.Model.Text;

/// <summary>
/// The "did you mean" of a mistyped name (an option, a manifest key): the known name at the smallest edit
/// distance, counting a swap of two neighbours as one edit (<c>--fromat</c> → <c>--format</c>), when it is close
/// enough to be a typo rather than another word.
/// </summary>
public static class NearestName
{
    /// <summary>The closest candidate (ordinal, case-insensitive), or null when none is within a typo's reach.</summary>
    public static string? Find(string input, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(input.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        // Two edits, or a third of a longer name: further than that the suggestion is a guess, not a correction.
        return best is not null && bestDistance <= Math.Max(2, best.Length / 3) && bestDistance < best.Length ? best : null;
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions).</summary>
    public static int Distance(string a, string b)
    {
        // Names are short (options, keys); a hostile 1 MB key is cut so this stays cheap.
        a = a.Length > 64 ? a[..64] : a;
        b = b.Length > 64 ? b[..64] : b;
        // Three rows of the distance table: this one, the one above, and the one above that (for swaps).
        var before = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, before[j - 2] + 1);
                }

                current[j] = value;
            }

            (before, previous, current) = (previous, current, before);
        }

        return previous[b.Length];
    }
}
