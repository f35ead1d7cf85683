namespace Publish.Citations;

/// <summary>
/// Reads the markup CSL-JSON fields may carry (the CSL 1.0.2 appendix "Rich Text"): <c>&lt;i&gt;</c>,
/// <c>&lt;b&gt;</c>, <c>&lt;sc&gt;</c>, <c>&lt;sup&gt;</c>, <c>&lt;sub&gt;</c>, <c>&lt;span class="nocase"&gt;</c>,
/// <c>&lt;span style="font-variant:small-caps;"&gt;</c>, and straight or curly double quotes (and paired single
/// quotes) which become locale quotes. A tag that does not close is kept as text; a lone apostrophe becomes ’.
/// </summary>
internal static class RichText
{
    private static readonly (string Open, string Close, Action<Output> Apply)[] Tags =
    [
        ("<i>", "</i>", o => o.FontStyle = "italic"),
        ("<b>", "</b>", o => o.FontWeight = "bold"),
        ("<sc>", "</sc>", o => o.FontVariant = "small-caps"),
        ("<sup>", "</sup>", o => o.VerticalAlign = "sup"),
        ("<sub>", "</sub>", o => o.VerticalAlign = "sub"),
        ("<span class=\"nocase\">", "</span>", o => o.NoCase = true),
        ("<span style=\"font-variant:small-caps;\">", "</span>", o => o.FontVariant = "small-caps"),
        ("<span style=\"font-variant: small-caps;\">", "</span>", o => o.FontVariant = "small-caps"),
    ];

    public static Output Parse(string text)
    {
        if (text.AsSpan().IndexOfAny("<\"'“‘") < 0)
        {
            return new Output(text);
        }

        var position = 0;
        return new Output(ParseUntil(text, ref position, null, 0));
    }

    private static List<Output> ParseUntil(string text, ref int position, string? close, int depth)
    {
        var parts = new List<Output>();
        var plain = new System.Text.StringBuilder();
        void Flush()
        {
            if (plain.Length > 0)
            {
                parts.Add(new Output(plain.ToString()));
                plain.Clear();
            }
        }

        while (position < text.Length)
        {
            if (close is not null && string.CompareOrdinal(text, position, close, 0, close.Length) == 0)
            {
                position += close.Length;
                Flush();
                return parts;
            }

            var c = text[position];
            if (c == '<' && depth < 20)
            {
                var matched = false;
                foreach (var (open, end, apply) in Tags)
                {
                    if (string.CompareOrdinal(text, position, open, 0, open.Length) == 0 && FindClose(text, position + open.Length, open, end) >= 0)
                    {
                        Flush();
                        position += open.Length;
                        var inner = new Output(ParseUntil(text, ref position, end, depth + 1));
                        apply(inner);
                        parts.Add(inner);
                        matched = true;
                        break;
                    }
                }

                if (matched)
                {
                    continue;
                }
            }
            else if ((c == '"' || c == '“') && depth < 20)
            {
                var closing = c == '"' ? "\"" : "”";
                if (close != closing && text.IndexOf(closing, position + 1, StringComparison.Ordinal) > position + 1)
                {
                    Flush();
                    position++;
                    var inner = new Output(ParseUntil(text, ref position, closing, depth + 1)) { Quotes = true };
                    parts.Add(inner);
                    continue;
                }
            }
            else if ((c == '\'' || c == '‘') && depth < 20 && IsOpeningSingle(text, position))
            {
                var closeAt = FindClosingSingle(text, position + 1, c == '\'' ? '\'' : '’');
                if (closeAt > position + 1)
                {
                    Flush();
                    // The quoted span is read on its own (up to the closing mark), after the opening mark.
                    var start = position + 1;
                    var inner = new Output(ParseUntil(text[..closeAt], ref start, null, depth + 1)) { Quotes = true };
                    parts.Add(inner);
                    position = closeAt + 1;
                    continue;
                }
            }

            if (c == '\'')
            {
                plain.Append('’');
            }
            else
            {
                plain.Append(c);
            }

            position++;
        }

        Flush();
        return parts;
    }

    private static int FindClose(string text, int from, string open, string close)
    {
        // Nested tags of the same kind ("<span>" inside "<span>") each need their own close.
        var depth = 1;
        var i = from;
        while (i < text.Length)
        {
            if (string.CompareOrdinal(text, i, close, 0, close.Length) == 0)
            {
                depth--;
                if (depth == 0)
                {
                    return i;
                }

                i += close.Length;
            }
            else if (close == "</span>" && string.CompareOrdinal(text, i, "<span", 0, 5) == 0)
            {
                depth++;
                i += 5;
            }
            else if (string.CompareOrdinal(text, i, open, 0, open.Length) == 0)
            {
                depth++;
                i += open.Length;
            }
            else
            {
                i++;
            }
        }

        return -1;
    }

    private static bool IsOpeningSingle(string text, int position) =>
        (position == 0 || !char.IsLetterOrDigit(text[position - 1])) && position + 1 < text.Length && !char.IsWhiteSpace(text[position + 1]);

    private static int FindClosingSingle(string text, int from, char close)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] == close && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1])) && i > from && !char.IsWhiteSpace(text[i - 1]))
            {
                return i;
            }
        }

        return -1;
    }
}
