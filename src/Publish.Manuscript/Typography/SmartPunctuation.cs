using System.Text;
using System.Text.RegularExpressions;

namespace Publish.Manuscript.Typography;

/// <summary>
/// Typographic refinements, as Pandoc's <c>smart</c> extension makes them: straight quotes become the
/// language's curly quotes, apostrophes become ’, <c>--</c> an en dash, <c>---</c> an em dash, <c>...</c> an
/// ellipsis; in French the spaces written inside « » and before ; : ! ? become no-break ones
/// (<see cref="FrenchSpacing"/>). URLs and e-mail addresses inside the text are left exactly as written (a
/// changed character would break the address). Callers never pass code. Applying it twice gives the same text
/// (idempotent), because its output contains none of the characters it rewrites outside protected addresses.
/// </summary>
public static partial class SmartPunctuation
{
    /// <summary>Applies the refinements to <paramref name="text"/> taken on its own (the text start counts as a space).</summary>
    public static string Apply(string text, string language) => Apply(text, language, previous: ' ');

    /// <summary>
    /// Applies the refinements to a run of text that follows <paramref name="previous"/> in the same paragraph
    /// (e.g. the last character of a link before it), so a quote right after a link closes rather than opens.
    /// </summary>
    public static string Apply(string text, string language, char previous)
    {
        ArgumentNullException.ThrowIfNull(text);
        var style = QuoteStyle.For(language);
        var result = new StringBuilder(text.Length);
        var last = previous;
        var doubleOpen = false;
        var position = 0;
        // Every address holds ':' (scheme), '@' or "www."; most runs of prose hold none, and skip the scan.
        var addresses = text.Contains(':', StringComparison.Ordinal) || text.Contains('@', StringComparison.Ordinal) || text.Contains("www.", StringComparison.OrdinalIgnoreCase)
            ? ProtectedAddress().Matches(text)
            : null;
        var refined = style.SpacesPunctuation ? new StringBuilder() : result;
        foreach (Match address in (IEnumerable<Match>?)addresses ?? [])
        {
            last = RefineSpaced(text.AsSpan(position, address.Index - position), style, last, ref doubleOpen, refined, result);
            result.Append(address.Value);
            last = address.Value[^1];
            position = address.Index + address.Length;
        }

        RefineSpaced(text.AsSpan(position), style, last, ref doubleOpen, refined, result);
        return result.ToString();
    }

    /// <summary>
    /// Refines one run without addresses into <paramref name="result"/>, French-spaced when the language spaces its
    /// punctuation (then through <paramref name="scratch"/>, so an address is never spaced: <c>http://a.org/?</c>).
    /// </summary>
    private static char RefineSpaced(ReadOnlySpan<char> text, QuoteStyle style, char previous, ref bool doubleOpen, StringBuilder scratch, StringBuilder result)
    {
        if (ReferenceEquals(scratch, result))
        {
            return Refine(text, style, previous, ref doubleOpen, result);
        }

        scratch.Clear();
        Refine(text, style, previous, ref doubleOpen, scratch);
        var before = result.Length;
        FrenchSpacing.Append(scratch.ToString(), char.IsWhiteSpace(previous) ? '\0' : previous, result);
        return result.Length > before ? result[^1] : previous;
    }

    /// <summary>
    /// Refines one run without addresses; returns the last character written (the context for the next run).
    /// <paramref name="doubleOpen"/> says a double quote is open: then a quote after a space that is not
    /// followed by a word closes it (French and some exports space their quotes: <c>" oui "</c>).
    /// </summary>
    private static char Refine(ReadOnlySpan<char> text, QuoteStyle style, char previous, ref bool doubleOpen, StringBuilder result)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : ' ';
            switch (c)
            {
                case '.' when i + 2 < text.Length && text[i + 1] == '.' && text[i + 2] == '.':
                    result.Append('\u2026');
                    i += 2;
                    break;
                case '-':
                    var run = 1;
                    while (i + run < text.Length && text[i + run] == '-')
                    {
                        run++;
                    }

                    // Longer runs are rules or ASCII art the author meant literally.
                    result.Append(run switch { 2 => "\u2013", 3 => "\u2014", _ => new string('-', run) });
                    i += run - 1;
                    break;
                case '"' when OpensQuote(previous) && !(doubleOpen && !char.IsLetterOrDigit(next)):
                    doubleOpen = true;
                    result.Append(style.OpenDouble).Append(style.InnerSpacing);
                    if (style.InnerSpacing.Length > 0 && next == ' ')
                    {
                        i++;
                    }

                    break;
                case '"':
                    doubleOpen = false;
                    if (style.InnerSpacing.Length > 0)
                    {
                        if (result.Length > 0 && result[^1] == ' ')
                        {
                            result.Length--;
                        }

                        result.Append(style.InnerSpacing);
                    }

                    result.Append(style.CloseDouble);
                    break;
                case '\'':
                    result.Append(SingleQuote(text, i, previous, style));
                    break;
                default:
                    result.Append(c);
                    break;
            }

            previous = result.Length > 0 ? result[^1] : previous;
        }

        return previous;
    }

    /// <summary>
    /// A straight single quote is an apostrophe inside a word (<c>it's</c>) or before a year (<c>'90s</c>),
    /// an opening quote after a space or opening punctuation, and otherwise a closing quote (in English the
    /// same ’ as a trailing apostrophe, <c>students'</c>).
    /// </summary>
    private static char SingleQuote(ReadOnlySpan<char> text, int i, char previous, QuoteStyle style)
    {
        var next = i + 1 < text.Length ? text[i + 1] : ' ';
        if (char.IsLetterOrDigit(previous) && char.IsLetter(next))
        {
            return QuoteStyle.Apostrophe;
        }

        if (OpensQuote(previous))
        {
            var isYear = i + 2 < text.Length && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2])
                && (i + 3 >= text.Length || !char.IsAsciiDigit(text[i + 3]));
            return isYear ? QuoteStyle.Apostrophe : style.OpenSingle;
        }

        return style.CloseSingle;
    }

    /// <summary>A quote opens at the start, after white space, after opening brackets, dashes and slashes, or after another opening quote.</summary>
    private static bool OpensQuote(char previous) =>
        char.IsWhiteSpace(previous) || previous is '(' or '[' or '{' or '<' or '/' or '-' or '\u2013' or '\u2014'
            or '\u201C' or '\u2018' or '\u201E' or '\u201A' or '\u00AB' or '\u2039';

    /// <summary>
    /// Web addresses (with a scheme or <c>www.</c>) and e-mail addresses, up to white space or an angle bracket.
    /// An e-mail address is tried only at a word start, so a long text is scanned in linear time.
    /// </summary>
    [GeneratedRegex(@"(?:(?:https?|ftp|mailto):|www\.)[^\s<>""«»]+|(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex ProtectedAddress();
}
