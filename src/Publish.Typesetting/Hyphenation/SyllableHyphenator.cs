namespace Publish.Typesetting.Hyphenation;

/// <summary>
/// Hyphenates Turkish and Azerbaijani text by its syllables (<see cref="TurkishSyllables"/>). Their spelling is
/// phonemic, so the syllable rules are exact where pattern files only approximate them; no pattern file needs to
/// ship for them. A word with a letter outside the alphabet (an English name in a Turkish text) is not broken.
/// </summary>
public sealed class SyllableHyphenator : IHyphenator
{
    public SyllableHyphenator(int leftMin, int rightMin)
    {
        LeftMin = leftMin;
        RightMin = rightMin;
    }

    /// <summary>Languages whose words this hyphenator knows, by primary subtag.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["tr", "az"];

    public int LeftMin { get; }

    public int RightMin { get; }

    public IReadOnlyList<int> Hyphenate(ReadOnlySpan<char> word)
    {
        if (word.Length < LeftMin + RightMin)
        {
            return [];
        }

        // Simple (one-to-one) case mapping keeps the indices of the word: İ → i, I → i; both are vowels.
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return TurkishSyllables.IsTurkishWord(lower) ? TurkishSyllables.Points(lower, LeftMin, RightMin) : [];
    }
}
