using System.Buffers;
using System.Text;

namespace Publish.Manuscript.Typography;

/// <summary>
/// French spacing around punctuation, Imprimerie nationale usage (as <see cref="QuoteStyle.French"/>): the space
/// written inside « » and before a colon becomes a no-break space (U+00A0), the space before ; ! ? a narrow
/// no-break space (U+202F), so a line never starts with the mark nor ends with an opening «. Only spaces the
/// author wrote are changed, several collapsing into one; none is added where there was none (Swiss usage and
/// some house styles set none, and a mark without a space may be part of a name or a smiley). Addresses hold no
/// space, so they are never changed. Idempotent: its output has only the ties it writes around these marks.
/// </summary>
internal static class FrenchSpacing
{
    public const char NoBreakSpace = '\u00A0';

    public const char NarrowNoBreakSpace = '\u202F';

    private static readonly SearchValues<char> Marks = SearchValues.Create(";:!?«»");

    public static string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny(Marks) < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsSpace(text[i]))
            {
                result.Append(text[i]);
                continue;
            }

            var end = i;
            while (end < text.Length && IsSpace(text[end]))
            {
                end++;
            }

            var before = i > 0 ? text[i - 1] : '\0';
            var after = end < text.Length ? text[end] : '\0';
            if (Tie(before, after) is { } tie)
            {
                result.Append(tie);
            }
            else
            {
                result.Append(text, i, end - i);
            }

            i = end - 1;
        }

        return result.ToString();
    }

    private static char? Tie(char before, char after) => after switch
    {
        ';' or '!' or '?' => NarrowNoBreakSpace,
        ':' or '»' => NoBreakSpace,
        _ when before == '«' => NoBreakSpace,
        _ => null,
    };

    private static bool IsSpace(char c) => c is ' ' or NoBreakSpace or NarrowNoBreakSpace;
}
