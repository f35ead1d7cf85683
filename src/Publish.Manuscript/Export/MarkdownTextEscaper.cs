using System.Text;
using System.Text.RegularExpressions;

namespace Publish.Manuscript.Export;

/// <summary>
/// Escapes model text so the Markdown reader reads it back literally: Markdown punctuation, straight quotes (or
/// SmartyPants would curl them), dash pairs, dot runs, entity ampersands and the colons/dots that would make a
/// bare URL an autolink, and the characters of Pandoc's extensions (<c>~ ^ $ | { } @</c>). Line-start constructs (lists, headings, quotes, setext underlines) are escaped per line
/// by <see cref="EscapeLineStarts"/>, once a block's lines are known.
/// </summary>
internal static partial class MarkdownTextEscaper
{
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var previous = i > 0 ? text[i - 1] : '\0';
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            var escape = c switch
            {
                '\\' or '*' or '_' or '[' or ']' or '<' or '>' or '`' or '#' or '&' or '"' or '\'' => true,

                // Pandoc's extensions the reader knows (issue 17): strike/sub/superscript, math, pipe table cells,
                // attributes and cross-references.
                '~' or '^' or '$' or '|' or '{' or '}' or '@' => true,
                '-' => next == '-' || previous == '-',
                '.' => next == '.' || previous == '.' || EndsWith(text, i, "www"),
                ':' => EndsWith(text, i, "http") || EndsWith(text, i, "https") || EndsWith(text, i, "mailto") || EndsWith(text, i, "ftp"),
                _ => false,
            };
            if (escape)
            {
                escaped.Append('\\');
            }

            escaped.Append(c == '\n' ? ' ' : c);
        }

        return escaped.ToString();
    }

    /// <summary>Escapes what would start a list, heading, quote, code fence or setext underline at a line start.</summary>
    public static string EscapeLineStarts(string line)
    {
        if (line.Length == 0)
        {
            return line;
        }

        // ':' starts a definition (": …") or a fenced div ("::: note"). A '~' only matters as a code fence ("~~~"):
        // escaping a lone one would break a strikethrough ("~~struck~~") or subscript that opens the line.
        if (line[0] is '-' or '+' or '=' or '|' or ':' || line.StartsWith("~~~", StringComparison.Ordinal))
        {
            return "\\" + line;
        }

        var ordered = OrderedMarker().Match(line);
        return ordered.Success ? line[..ordered.Groups[1].Length] + "\\" + line[ordered.Groups[1].Length..] : line;
    }

    private static bool EndsWith(string text, int index, string word) =>
        index >= word.Length && string.Compare(text, index - word.Length, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
        && (index == word.Length || !char.IsLetterOrDigit(text[index - word.Length - 1]));

    [GeneratedRegex(@"^(\d{1,9})[.)]")]
    private static partial Regex OrderedMarker();
}
