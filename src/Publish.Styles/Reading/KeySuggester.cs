using Publish.Model.Text;

namespace Publish.Styles.Reading;

/// <summary>Finds the known key an unknown key was probably meant to be (a typo, or British/American spelling).</summary>
internal static class KeySuggester
{
    /// <summary>
    /// The closest known key within edit distance 2 (ties: the first in <paramref name="known"/>), or null. The
    /// distance is the CLI's and the manifest's (<see cref="NearestName.Distance"/>), so a swap of two letters is one edit everywhere.
    /// </summary>
    public static string? Suggest(string unknown, IReadOnlyList<string> known)
    {
        string? best = null;
        var bestDistance = 3;
        foreach (var candidate in known)
        {
            var distance = NearestName.Distance(unknown.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }
}
