namespace Publish.Typesetting.Hyphenation;

/// <summary>
/// Decides what kind of token a space-delimited piece of text is, for hyphenation and URL breaking.
/// Rules: URLs and e-mail addresses are never hyphenated (they break after <c>/ . -</c> instead); tokens with
/// digits, and words in capitals only (acronyms, display caps), are never hyphenated; surrounding punctuation is
/// ignored (<c>“Karabakh,”</c> hyphenates as <c>Karabakh</c>).
/// </summary>
public static class WordClassifier
{
    public static bool IsUrlOrEmail(ReadOnlySpan<char> token)
    {
        var t = TrimPunctuation(token, out _);
        return t.Contains("://", StringComparison.Ordinal)
            || t.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            || (t.IndexOf('@') > 0 && t.IndexOf('.') > 0);
    }

    /// <summary>
    /// The letters-only core of a hyphenatable word, as (start, length) in <paramref name="token"/>; length 0 when the
    /// token must not be hyphenated. A compound with an explicit hyphen is not a core (it breaks at its hyphen).
    /// </summary>
    public static (int Start, int Length) HyphenatableCore(ReadOnlySpan<char> token)
    {
        if (IsUrlOrEmail(token))
        {
            return (0, 0);
        }

        var core = TrimPunctuation(token, out var start);
        if (core.Length == 0)
        {
            return (0, 0);
        }

        bool hasLower = false;
        foreach (var c in core)
        {
            if (!char.IsLetter(c))
            {
                return (0, 0);
            }

            hasLower |= char.IsLower(c);
        }

        return hasLower ? (start, core.Length) : (0, 0);
    }

    /// <summary>True for tokens such as <c>+90</c>, <c>(312)</c>, <c>438</c>, <c>23-24</c>: digits with phone-number punctuation.</summary>
    public static bool IsNumeric(ReadOnlySpan<char> token)
    {
        bool digit = false;
        foreach (var c in token)
        {
            if (char.IsAsciiDigit(c))
            {
                digit = true;
            }
            else if (c is not ('+' or '(' or ')' or '-' or '–' or '/' or '.'))
            {
                return false;
            }
        }

        return digit;
    }

    /// <summary>Where the token is once the punctuation around it is set aside: (start, length) in <paramref name="token"/>.</summary>
    public static (int Start, int Length) Trimmed(ReadOnlySpan<char> token)
    {
        var core = TrimPunctuation(token, out var start);
        return (start, core.Length);
    }

    private static ReadOnlySpan<char> TrimPunctuation(ReadOnlySpan<char> token, out int start)
    {
        int s = 0, e = token.Length;
        while (s < e && !char.IsLetterOrDigit(token[s]))
        {
            s++;
        }

        while (e > s && !char.IsLetterOrDigit(token[e - 1]))
        {
            e--;
        }

        start = s;
        return token[s..e];
    }
}
