using System.Globalization;
using System.Text;

namespace Publish.Engine.Tests.Properties;

/// <summary>
/// What "words" means in the edition properties: the text is put in Unicode normalisation form C, format
/// characters (soft hyphen, zero-width joiners) are removed, and a word is then a maximal run of letters,
/// combining marks and decimal digits that contains at least one letter. Punctuation, spaces, quotes and dashes
/// separate words and are not words; a run of digits alone (a list number, a folio, a note number) is not a word.
/// Case is kept: an edition that changed a word's case changed the word.
/// </summary>
internal static class WordList
{
    public static List<string> Of(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var hasLetter = false;
        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category == UnicodeCategory.Format)
            {
                continue;
            }

            if (IsWordPart(category))
            {
                word.Append(rune.ToString());
                hasLetter |= Rune.IsLetter(rune);
                continue;
            }

            Flush();
        }

        Flush();
        return words;

        void Flush()
        {
            if (hasLetter)
            {
                words.Add(word.ToString());
            }

            word.Clear();
            hasLetter = false;
        }
    }

    private static bool IsWordPart(UnicodeCategory category) => category is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or
        UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark or
        UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.DecimalDigitNumber;
}
