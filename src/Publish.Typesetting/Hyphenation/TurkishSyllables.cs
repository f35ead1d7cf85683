namespace Publish.Typesetting.Hyphenation;

/// <summary>
/// Hyphenation points of a Turkish word by its syllables. Turkish spelling is phonemic, so its syllables follow
/// from the vowels alone: every syllable has exactly one vowel; between two vowels, one consonant starts the next
/// syllable (<c>o-kul</c>), two are split (<c>Ankara</c> → <c>An-ka-ra</c>), of three or more only the last starts
/// the next syllable (<c>Türk-çe</c>); two adjacent vowels are split (<c>sa-at</c>). This serves the names and
/// titles in Turkish that fill the archive's English texts, where English patterns would break them at random,
/// and whole Turkish or Azerbaijani texts (<see cref="SyllableHyphenator"/>). Azerbaijani adds the vowel ə; its
/// q and x are consonants here already.
/// </summary>
public static class TurkishSyllables
{
    // İ stands among the lower-case vowels because invariant lower-casing leaves it as it is (.NET keeps the
    // Turkish İ/ı pair out of the invariant mapping), so "İstanbul" reaches us with its capital.
    private const string Vowels = "aeıioöuüâîûəİ";
    private const string Consonants = "bcçdfgğhjklmnprsştvyzqwx";

    /// <summary>True when every character of the (lower-case) word is a Turkish letter.</summary>
    public static bool IsTurkishWord(ReadOnlySpan<char> lower)
    {
        foreach (var c in lower)
        {
            if (!Vowels.Contains(c, StringComparison.Ordinal) && !Consonants.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Break positions (a hyphen goes before index p), keeping <paramref name="leftMin"/>/<paramref name="rightMin"/> letters.</summary>
    public static int[] Points(ReadOnlySpan<char> lower, int leftMin, int rightMin)
    {
        var vowels = new List<int>();
        for (var i = 0; i < lower.Length; i++)
        {
            if (Vowels.Contains(lower[i], StringComparison.Ordinal))
            {
                vowels.Add(i);
            }
        }

        var points = new List<int>();
        for (var k = 0; k + 1 < vowels.Count; k++)
        {
            var consonants = vowels[k + 1] - vowels[k] - 1;
            var point = consonants switch
            {
                0 or 1 => vowels[k + 1] - consonants,
                2 => vowels[k] + 2,
                _ => vowels[k + 1] - 1,
            };
            if (point >= leftMin && point <= lower.Length - rightMin)
            {
                points.Add(point);
            }
        }

        return [.. points];
    }
}
