using System.Buffers;
using System.Text;

namespace Publish.Manuscript.Typography;

/// <summary>
/// French spacing around punctuation (Imprimerie nationale, <i>Lexique des règles typographiques</i>; babel-french's
/// <c>AutoSpacePunctuation</c> does the same in LaTeX): a narrow no-break space (U+202F) inside « » and before
/// ; ! ?, a no-break space (U+00A0) before a colon, so a line never starts with the mark nor ends with an opening «.
/// It is set whether the author typed no space, a plain space or a no-break one, several collapsing into one, so
/// <c>«au revoir»</c> and <c>« bonjour »</c> read alike. A mark is spaced only where it ends a clause: after a word
/// or a closing mark and before a space, the text's end or closing punctuation, so <c>10:30</c>, <c>?!</c> and
/// addresses (<c>http://</c>, <c>page?id=3</c>; callers never pass them nor code) keep their marks tight.
/// Idempotent: its output has only the ties it writes around these marks.
/// </summary>
internal static class FrenchSpacing
{
    public const char NoBreakSpace = '\u00A0';

    public const char NarrowNoBreakSpace = '\u202F';

    /// <summary>
    /// The <c>previous</c> character of a text that follows other content of the same paragraph whose last
    /// character is not known (a link, emphasis, code): a word, so a mark right after it is spaced.
    /// </summary>
    public const char AfterContent = '\uFFFC';

    private static readonly SearchValues<char> Marks = SearchValues.Create(";:!?«»");

    /// <summary>Spaces <paramref name="text"/>; <paramref name="previous"/> is the character before it in the paragraph, <c>'\0'</c> at its start.</summary>
    public static string Apply(string text, char previous = '\0')
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny(Marks) < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 4);
        Append(text, previous, result);
        return result.ToString();
    }

    /// <summary>Appends <paramref name="text"/> spaced to <paramref name="result"/>, whose last character (or else <paramref name="previous"/>) comes before it.</summary>
    public static void Append(ReadOnlySpan<char> text, char previous, StringBuilder result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var start = result.Length;
        char Before() => result.Length > start ? result[^1] : previous;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsSpace(c))
            {
                var end = i;
                while (end < text.Length && IsSpace(text[end]))
                {
                    end++;
                }

                var after = end < text.Length ? text[end] : '\0';
                if (Tie(Before(), after) is { } tie)
                {
                    result.Append(tie);
                }
                else
                {
                    result.Append(text[i..end]);
                }

                i = end - 1;
                continue;
            }

            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (TieToInsert(Before(), c, next) is { } inserted)
            {
                result.Append(inserted);
            }

            result.Append(c);
            if (c == '«' && !IsSpace(next))
            {
                // The quoted words follow, here or in the next inline (a link, emphasis).
                result.Append(NarrowNoBreakSpace);
            }
        }
    }

    /// <summary>The tie that replaces spaces the author wrote between <paramref name="before"/> and <paramref name="after"/>, or null to keep them.</summary>
    private static char? Tie(char before, char after) => after switch
    {
        ';' or '!' or '?' or '»' => NarrowNoBreakSpace,
        ':' => NoBreakSpace,
        _ when before == '«' => NarrowNoBreakSpace,
        _ => null,
    };

    /// <summary>The tie to set before <paramref name="mark"/> written with no space, or null where none belongs.</summary>
    private static char? TieToInsert(char before, char mark, char after)
    {
        if (before == '\0' || char.IsWhiteSpace(before))
        {
            return null;
        }

        return mark switch
        {
            '»' => NarrowNoBreakSpace,
            ';' or '!' or '?' when EndsClause(before, after) => NarrowNoBreakSpace,
            ':' when EndsClause(before, after) => NoBreakSpace,
            _ => null,
        };
    }

    /// <summary>
    /// A mark ends a clause after a word, a figure or a closing mark, and before white space, the end or closing
    /// punctuation; not after another mark (<c>?!</c>, <c>!!</c>) or an opening one, nor inside a token (<c>10:30</c>).
    /// </summary>
    private static bool EndsClause(char before, char after) =>
        (char.IsLetterOrDigit(before) || before is AfterContent or '»' or ')' or ']' or '}' or '”' or '’' or '…' or '%' or '.')
        && (after is '\0' || char.IsWhiteSpace(after) || after is ';' or ':' or '!' or '?' or '»' or ')' or ']' or '”' or '’' or '.' or ',' or '…');

    private static bool IsSpace(char c) => c is ' ' or NoBreakSpace or NarrowNoBreakSpace;
}
