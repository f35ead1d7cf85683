using System.Text;

namespace Publish.Model.Text;

/// <summary>
/// Which way a paragraph runs, decided the same way for both editions (the PDF's line layout and the EPUB's
/// <c>dir</c> attributes), so a reader sees one book. The language decides (UAX #9 §4.3 HL1 lets a higher protocol
/// set the paragraph level): a paragraph of a Hebrew or Arabic book runs right to left, one of an English book left
/// to right, whatever single words it quotes. Only where the language says nothing about the paragraph — it has no
/// letter of its language's direction at all, such as a whole Hebrew quotation in an English book or an English
/// bibliography entry in an Arabic one — does the first strong letter decide (rules P2–P3).
/// The strong classes here are the Unicode blocks of the right-to-left scripts (Bidi_Class R and AL) and every other
/// letter (L); that is all the decision needs. The levels inside the paragraph are the bidi algorithm's business.
/// </summary>
public static class TextDirection
{
    /// <summary>
    /// Languages written right to left (ISO 639 codes, primary subtag): Arabic, Hebrew (and its old code iw), Persian,
    /// Urdu, Yiddish (and ji), Pashto, Sindhi, Uyghur, Dhivehi, Central Kurdish, Syriac, Aramaic, N'Ko, Balochi,
    /// Kashmiri, Southern Kurdish... as browsers and CLDR list them.
    /// </summary>
    private static readonly HashSet<string> RightToLeftLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        "ar", "arc", "bal", "ckb", "dv", "fa", "he", "iw", "ji", "ks", "nqo", "ps", "sd", "sdh", "syr", "ug", "ur", "yi",
    };

    /// <summary>ISO 15924 script subtags of right-to-left scripts, which override the language (<c>az-Arab</c>, <c>pa-Arab</c>).</summary>
    private static readonly HashSet<string> RightToLeftScripts = new(StringComparer.OrdinalIgnoreCase)
    {
        "Adlm", "Arab", "Aran", "Hebr", "Mand", "Mend", "Nkoo", "Rohg", "Samr", "Syrc", "Thaa", "Yezi",
    };

    /// <summary>True when text in <paramref name="language"/> (a BCP 47 tag) runs right to left.</summary>
    public static bool IsRightToLeftLanguage(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return false;
        }

        var parts = language.Split('-');
        foreach (var part in parts.Skip(1))
        {
            if (part.Length == 4 && char.IsAsciiLetter(part[0]))
            {
                return RightToLeftScripts.Contains(part);
            }
        }

        return RightToLeftLanguages.Contains(parts[0]);
    }

    /// <summary>Whether a paragraph with this text runs right to left in a document in <paramref name="language"/>.</summary>
    public static bool IsRightToLeftParagraph(string text, string? language)
    {
        var rightToLeft = IsRightToLeftLanguage(language);
        int? first = null;
        foreach (var rune in text.EnumerateRunes())
        {
            var strong = StrongDirection(rune);
            if (strong == 0)
            {
                continue;
            }

            if ((strong < 0) == rightToLeft)
            {
                return rightToLeft;
            }

            first ??= strong;
        }

        return first is { } firstStrong ? firstStrong < 0 : rightToLeft;
    }

    /// <summary>True when <paramref name="text"/> holds any right-to-left letter or explicit directional mark.</summary>
    public static bool HasRightToLeft(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0590' && (IsRightToLeftUnit(c) || c is '\u200F' or '\u061C' or '\u202B' or '\u202E' or '\u2067'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>-1 for a right-to-left letter (R, AL), +1 for another letter (L), 0 for the rest.</summary>
    public static int StrongDirection(Rune rune)
    {
        var value = rune.Value;
        if (value is >= 0x0590 and <= 0x08FF or >= 0xFB1D and <= 0xFDFF or >= 0xFE70 and <= 0xFEFE
            or >= 0x10800 and <= 0x10FFF or >= 0x1E800 and <= 0x1EFFF)
        {
            return Rune.IsLetter(rune) ? -1 : 0;
        }

        return Rune.IsLetter(rune) ? 1 : 0;
    }

    /// <summary>A code unit of a right-to-left block (high surrogates of the supplementary right-to-left planes included).</summary>
    private static bool IsRightToLeftUnit(char c) =>
        c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFE'
            or '\uD802' or '\uD803' or '\uD83A' or '\uD83B';
}
