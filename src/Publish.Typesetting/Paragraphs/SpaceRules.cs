using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace Publish.Typesetting.Paragraphs;

/// <summary>
/// What kind of space follows a word: a tie between an abbreviation and the number it introduces (the TeXbook,
/// chapter 14, asks for <c>pp.~4</c>, <c>Chapter~12</c>; a reader must not meet "pp." at a line's end and "4" on the
/// next) and, when a style asks for the old wide sentence spacing, TeX's space factor, with the abbreviations TeX
/// makes its users mark by hand (<c>Dr.\ Smith</c>) found here.
/// </summary>
internal static class SpaceRules
{
    /// <summary>Abbreviations that introduce a number: page, number, volume, chapter, section, figure… (Turkish "s." = sayfa).</summary>
    private static readonly FrozenSet<string> NumberAbbreviations = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "p.", "pp.", "no.", "nos.", "nr.", "vol.", "vols.", "s.", "ss.", "§", "§§", "ch.", "chap.", "fig.", "figs.", "art.",
        "para.", "n.", "nn.", "col.", "sec.", "bd.", "t.", "pt.");

    /// <summary>Abbreviations that a full stop ends without ending the sentence (beside initials and U.S.-style capitals).</summary>
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "no.", "nos.", "nr.", "pp.", "p.", "e.g.", "i.e.", "dr.", "mr.", "mrs.", "ms.", "prof.", "st.", "vol.", "vols.",
        "cf.", "vs.", "ed.", "eds.", "ch.", "chap.", "fig.", "figs.", "art.", "para.", "n.", "nn.", "col.", "sec.", "jr.",
        "sr.", "ca.", "c.", "approx.", "op.", "cit.", "al.", "s.", "ss.", "bkz.", "bd.", "gen.", "lt.", "capt.", "rev.", "mt.");

    private static readonly SearchValues<char> Roman = SearchValues.Create("IVXLCDM");

    private const string Opening = "([{“‘«\"'„‹";
    private const string Closing = "’”\"')]}»›";

    /// <summary>
    /// True when the space between <paramref name="previous"/> and <paramref name="next"/> must not break: an
    /// abbreviation such as <c>pp.</c>, <c>No.</c>, <c>§</c> followed by a number (<c>4</c>, <c>191–192</c>, <c>II</c>).
    /// </summary>
    public static bool TiesToNumber(ReadOnlySpan<char> previous, ReadOnlySpan<char> next)
    {
        var word = previous.TrimStart(Opening);
        if (word.Length == 0 || word.Length > 6 || !NumberAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return false;
        }

        var number = next.TrimStart(Opening);
        if (number.Length == 0)
        {
            return false;
        }

        if (char.IsAsciiDigit(number[0]))
        {
            return true;
        }

        // A roman numeral (vol. II, ch. XIV): capitals I V X L C D M only, up to the punctuation that follows.
        var letters = number.TrimEnd(".,;:)]’”");
        return letters.Length > 1 && !letters.ContainsAnyExcept(Roman);
    }

    /// <summary>
    /// True for a word of a single letter, opening quotes or brackets aside ("a", "à", "y", "o", "v", "(a"): in any
    /// language such a word is an article, preposition or conjunction that belongs with the word after it. A letter
    /// with a full stop ("J.") is an initial, not a word of its own, and is not bound by this rule.
    /// </summary>
    public static bool IsOneLetterWord(ReadOnlySpan<char> word)
    {
        var bare = word.TrimStart(Opening);
        return !bare.IsEmpty && Rune.DecodeFromUtf16(bare, out var letter, out var length) == OperationStatus.Done
            && length == bare.Length && Rune.IsLetter(letter);
    }

    /// <summary>
    /// TeX's space factor for the space after <paramref name="previous"/>, in wide sentence spacing: 3 after a sentence
    /// (TeX's 3000), 1.5 after a semicolon, 1.25 after a comma, else 1. Closing quotes and brackets are transparent (TeX's
    /// space factor code 0). A full stop after an abbreviation, an initial or a capital (J. R., U.S.) or before a word
    /// in lower case does not end a sentence; a colon never takes the wide space (TeX's 2000 for it opened holes such as
    /// "Note:   the" in loose lines).
    /// </summary>
    public static double SpaceFactor(ReadOnlySpan<char> previous, ReadOnlySpan<char> next)
    {
        var word = previous.TrimEnd(Closing);
        if (word.Length == 0)
        {
            return 1;
        }

        switch (word[^1])
        {
            case ';':
                return 1.5;
            case ',':
                return 1.25;
            case '?' or '!':
                return StartsLowerCase(next) ? 1 : 3;
            case '.':
                var bare = word.TrimStart(Opening);
                var abbreviation = (bare.Length > 1 && char.IsUpper(bare[^2]))
                    || Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(bare)
                    || bare.EndsWith("..", StringComparison.Ordinal);
                return abbreviation || StartsLowerCase(next) ? 1 : 3;
            default:
                return 1;
        }
    }

    private static bool StartsLowerCase(ReadOnlySpan<char> next)
    {
        var word = next.TrimStart(Opening);
        return word.Length > 0 && char.IsLower(word[0]);
    }
}
