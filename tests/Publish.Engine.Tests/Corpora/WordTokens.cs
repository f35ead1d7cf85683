using System.Globalization;
using System.Text;

namespace Publish.Engine.Tests.Corpora;

/// <summary>
/// "Words" for comparing an edition's text with a reference rendering, defined so typography cannot count as loss:
/// the text is put in Unicode compatibility form (NFKC: <c>²</c> → <c>2</c>, ligatures and no-break spaces unfolded),
/// soft hyphens and zero-width characters are dropped, then a word is a maximal run of letters, digits and combining
/// marks (Unicode categories L*, Nd/Nl/No, M*), lower-cased with the invariant culture. Everything else separates
/// words, so straight or curly quotes and apostrophes, hyphens and dashes, ellipses and markup punctuation never make
/// two renderings differ (<c>don't</c> and <c>don’t</c> are both <c>don</c>, <c>t</c>).
/// <see cref="Missing"/> compares multisets: a word the reference has n times and the edition m &lt; n times counts
/// n − m missing; extra words in the edition (page numbers, labels, note numbers) do not offset missing ones.
/// </summary>
internal static class WordTokens
{
    public static List<string> Of(string text)
    {
        var normal = text.Normalize(NormalizationForm.FormKC);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in normal)
        {
            if (c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')
            {
                continue;
            }

            if (IsWordCharacter(c))
            {
                word.Append(c);
                continue;
            }

            Flush(word, words);
        }

        Flush(word, words);
        return words;
    }

    public static Dictionary<string, int> Counts(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in Of(text))
        {
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }

        return counts;
    }

    /// <summary>Each word the edition has fewer times than the reference, with how many are missing; largest first.</summary>
    public static List<(string Word, int Missing)> Missing(string reference, string edition)
    {
        var have = Counts(edition);
        return [.. Counts(reference)
            .Select(pair => (pair.Key, Missing: pair.Value - have.GetValueOrDefault(pair.Key)))
            .Where(pair => pair.Missing > 0)
            .OrderByDescending(pair => pair.Missing)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)];
    }

    private static bool IsWordCharacter(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        _ => char.IsSurrogate(c),
    };

    private static void Flush(StringBuilder word, List<string> words)
    {
        if (word.Length > 0)
        {
            words.Add(word.ToString().ToLowerInvariant());
            word.Clear();
        }
    }
}
