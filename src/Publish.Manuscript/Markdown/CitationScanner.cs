using System.Collections.Immutable;
using Publish.Model.Inlines;

namespace Publish.Manuscript.Markdown;

/// <summary>
/// Pandoc's citation syntax in a stretch of text (Pandoc's manual, "Citation syntax"; its Markdown reader's
/// <c>normalCite</c> and <c>citeKey</c>): a bracketed citation is cites separated by <c>;</c>, each a prefix, a key
/// (<c>@key</c>, <c>-@key</c> to leave the author out, <c>@{key}</c>) and a suffix whose locator
/// <see cref="CitationLocators"/> splits off. A key must follow the start, a space or punctuation other than
/// <c>\</c>: <c>a@b.org</c> and <c>\@a</c> are no keys.
/// </summary>
internal static class CitationScanner
{
    /// <summary>The cites of <c>text[start..end]</c> (the inside of brackets), or default when any part is no cite.</summary>
    public static ImmutableArray<CitedItem> Bracketed(string text, int start, int end)
    {
        var cites = ImmutableArray.CreateBuilder<CitedItem>();
        var partStart = start;
        var depth = 0;
        for (var i = start; i <= end; i++)
        {
            if (i < end)
            {
                var c = text[i];
                if (c is '[' or '{')
                {
                    depth++;
                }
                else if (c is ']' or '}')
                {
                    depth--;
                }

                if (c != ';' || depth != 0)
                {
                    continue;
                }
            }

            if (Cite(text, partStart, i) is not { } cite)
            {
                return default;
            }

            cites.Add(cite);
            partStart = i + 1;
        }

        return cites.ToImmutable();
    }

    /// <summary>The key that starts at <paramref name="at"/> (its <c>@</c>), with the index after it; null when none does.</summary>
    public static (string Key, int End)? KeyAt(string text, int at, int end)
    {
        if (at >= end || text[at] != '@' || !MayPrecedeKey(text, at))
        {
            return null;
        }

        if (at + 1 < end && text[at + 1] == '{')
        {
            var close = text.IndexOf('}', at + 2, end - at - 2);
            return close > at + 2 ? (text[(at + 2)..close], close + 1) : null;
        }

        var keyEnd = ReferenceParser.KeyEnd(text, at + 1, end - 1);
        return keyEnd > at + 1 ? (text[(at + 1)..keyEnd], keyEnd) : null;
    }

    /// <summary>Whether an <c>@</c> at <paramref name="at"/> may open a key: not inside a word or an address, not escaped.</summary>
    public static bool MayPrecedeKey(string text, int at)
    {
        var previous = at > 0 ? text[at - 1] : ' ';
        if (previous == '-' && at > 1)
        {
            previous = text[at - 2];
        }

        return !(char.IsLetterOrDigit(previous) || previous is '_' or '\\' or '@' or '.');
    }

    private static CitedItem? Cite(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] != '@' || KeyAt(text, i, end) is not { } key)
            {
                continue;
            }

            var suppress = i > start && text[i - 1] == '-' && (i - 1 == start || char.IsWhiteSpace(text[i - 2]));
            var prefix = text[start..(suppress ? i - 1 : i)].Trim();
            var (locator, label, rest) = CitationLocators.Split(text[key.End..end]);
            return new CitedItem(key.Key)
            {
                Prefix = Collapse(prefix),
                Suffix = Collapse(rest),
                Locator = locator,
                Label = label,
                SuppressAuthor = suppress,
            };
        }

        return null;
    }

    /// <summary>Line breaks inside a citation are spaces.</summary>
    private static string Collapse(string text) => text.Contains('\n', StringComparison.Ordinal) ? string.Join(' ', text.Split((char[])['\n', '\r'], StringSplitOptions.TrimEntries)) : text;
}
