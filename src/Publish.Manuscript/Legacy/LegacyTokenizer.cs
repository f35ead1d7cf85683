using System.Text.RegularExpressions;

namespace Publish.Manuscript.Legacy;

/// <summary>
/// Cuts a paragraph into text, note markers, links and bold remnants (see <see cref="LegacyPatterns.Inline"/>).
/// A bare URL does not take a sentence's closing punctuation glued after it (<c>see http://a.org/x.</c>), nor a
/// closing parenthesis it did not open; a URL in a wrapper is kept exactly as written, trailing dot included.
/// </summary>
internal static class LegacyTokenizer
{
    private const string TrailingPunctuation = ".,;:!?'\"";

    public static List<LegacyToken> Tokenize(string text)
    {
        var tokens = new List<LegacyToken>();
        var position = 0;
        foreach (Match match in LegacyPatterns.InlineFor(text).Matches(text))
        {
            if (match.Index < position)
            {
                continue;
            }

            var end = match.Index + match.Length;
            LegacyToken token;
            if (match.Groups["note"].Success)
            {
                token = new LegacyToken(LegacyTokenKind.NoteMarker, match.Groups["note"].Value, null, match.Index);
            }
            else if (match.Groups["wrapped"].Success)
            {
                var url = match.Groups["wrapped"].Value;
                token = new LegacyToken(LegacyTokenKind.Link, url, url, match.Index);
            }
            else if (match.Groups["bare"].Success)
            {
                var url = TrimBareUrl(match.Groups["bare"].Value);
                end = match.Index + url.Length;
                token = new LegacyToken(LegacyTokenKind.Link, url, url, match.Index);
            }
            else if (match.Groups["email"].Success)
            {
                var address = match.Groups["email"].Value;
                token = new LegacyToken(LegacyTokenKind.Link, address, "mailto:" + address, match.Index);
            }
            else
            {
                token = new LegacyToken(LegacyTokenKind.Strong, match.Groups["strong"].Value, null, match.Index);
            }

            if (match.Index > position)
            {
                tokens.Add(new LegacyToken(LegacyTokenKind.Text, text[position..match.Index], null, position));
            }

            tokens.Add(token);
            position = end;
        }

        if (position < text.Length)
        {
            tokens.Add(new LegacyToken(LegacyTokenKind.Text, text[position..], null, position));
        }

        return tokens;
    }

    private static string TrimBareUrl(string url)
    {
        var end = url.Length;
        while (end > 0)
        {
            var last = url[end - 1];
            var unbalanced = last == ')' && url[..end].Count(c => c == '(') < url[..end].Count(c => c == ')');
            if (!TrailingPunctuation.Contains(last, StringComparison.Ordinal) && !unbalanced)
            {
                break;
            }

            end--;
        }

        return url[..end];
    }
}
