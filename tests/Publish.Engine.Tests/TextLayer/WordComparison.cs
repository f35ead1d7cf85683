using System.Text;

namespace Publish.Engine.Tests.TextLayer;

/// <summary>
/// Compares an extractor's tokens with the expected words, whole sequence against whole sequence. The one thing a
/// line end may do is continue a word on the next line: always after a break hyphen, which extracts as U+00AD (the
/// soft hyphen ISO 32000-1 §14.8.2.2.3 names for a hyphen added at a line break; it is then dropped), and after a
/// real hyphen (U+002D) only when that rebuilds the expected word (a compound broken at its own hyphen keeps it).
/// Anything else that differs is a divergence, reported with its position and the words around it.
/// </summary>
internal static class WordComparison
{
    private const char SoftHyphen = '\u00AD';
    private const int Context = 8;

    /// <summary>Null when the tokens read as <paramref name="expected"/>; otherwise where and how they first diverge.</summary>
    public static string? FirstDivergence(IReadOnlyList<string> expected, IReadOnlyList<ExtractedWord> actual)
    {
        var (i, j) = (0, 0);
        while (i < actual.Count && j < expected.Count)
        {
            var (word, next) = Word(actual, i, expected[j]);
            if (!string.Equals(word, expected[j], StringComparison.Ordinal))
            {
                return Report(expected, j, actual, i, $"expected '{Show(expected[j])}', read '{Show(word)}'");
            }

            (i, j) = (next, j + 1);
        }

        return i < actual.Count ? Report(expected, j, actual, i, $"{actual.Count - i} words more than expected, from '{Show(actual[i].Text)}'")
            : j < expected.Count ? Report(expected, j, actual, i, $"{expected.Count - j} expected words missing, from '{Show(expected[j])}'")
            : null;
    }

    /// <summary>The word that starts at token <paramref name="start"/>, with the lines it continues on joined, and the index after it.</summary>
    private static (string Word, int Next) Word(IReadOnlyList<ExtractedWord> actual, int start, string expected)
    {
        var text = actual[start].Text;
        var k = start;
        while (actual[k].EndsLine && k + 1 < actual.Count)
        {
            if (text.EndsWith(SoftHyphen))
            {
                text = text[..^1] + actual[k + 1].Text;
            }
            else if (text.EndsWith('-') && expected.StartsWith(PrintedText.Visible(text + actual[k + 1].Text), StringComparison.Ordinal))
            {
                text += actual[k + 1].Text;
            }
            else if (actual[k + 1].Text.All(char.IsPunctuation) && string.Equals(PrintedText.Visible(text + actual[k + 1].Text), expected, StringComparison.Ordinal))
            {
                // Bidirectional text: punctuation between a left-to-right run and right-to-left text takes the
                // paragraph's direction (UAX #9 N1-N2), so it is drawn apart from the word it follows in the text
                // ("Maria Luisa," in Hebrew shows the comma left of "Maria"); an extractor that splits lines at such a
                // jump reads it as a line of its own. Joined only when that rebuilds the expected word exactly.
                text += actual[k + 1].Text;
            }
            else
            {
                break;
            }

            k++;
        }

        return (PrintedText.Visible(text), k + 1);
    }

    private static string Report(IReadOnlyList<string> expected, int j, IReadOnlyList<ExtractedWord> actual, int i, string what)
    {
        var text = new StringBuilder(what).Append(" at expected word ").Append(j).Append(" of ").Append(expected.Count).Append('\n');
        text.Append("  expected: … ").AppendJoin(' ', expected.Skip(Math.Max(0, j - Context)).Take(2 * Context).Select(Show)).Append(" …\n");
        text.Append("  read:     … ").AppendJoin(' ', actual.Skip(Math.Max(0, i - Context)).Take(2 * Context).Select(w => Show(w.Text) + (w.EndsLine ? "⏎" : string.Empty))).Append(" …");
        return text.ToString();
    }

    /// <summary>The word with invisible and look-alike characters named, so a report shows what differs.</summary>
    private static string Show(string word)
    {
        var shown = new StringBuilder();
        foreach (var c in word)
        {
            _ = c switch
            {
                SoftHyphen => shown.Append("<SHY>"),
                '\u00A0' => shown.Append("<NBSP>"),
                '\u2010' => shown.Append("<HYPHEN>"),
                '\u2011' => shown.Append("<NBHYPHEN>"),
                _ when char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format =>
                    shown.Append("<U+").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append('>'),
                _ => shown.Append(c),
            };
        }

        return shown.ToString();
    }
}
