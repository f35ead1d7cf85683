namespace TypographyReport;

/// <summary>
/// Tells a hyphen the line breaker added inside a word (a discretionary hyphen: "memo-/randum") from a line that ends
/// at a hyphen the text has anyway (a compound: "well-/known", "Black-/Sea"), which is no hyphenation at all.
/// <list type="bullet">
/// <item>A PDF whose text layer marks its added hyphens says so itself: Publish maps an added hyphen's glyph to U+00AD
/// (SOFT HYPHEN) in its ToUnicode map, so text extraction joins the word again (ISO 32000-1 §14.8.2.2.3), and a
/// compound's own hyphen stays U+002D. When any line of the PDF ends in U+00AD, exactly those lines count.</item>
/// <item>A PDF that draws both as "-" (no U+00AD anywhere at a line end) is read by its words: a line-end hyphen
/// is a compound's own when the joined form "left-right" (the fragment before it, the first word of the next line of
/// the paragraph) occurs somewhere in the PDF inside a line; otherwise it counts as added. A compound that occurs only
/// once, at a line end, counts as added there: this reading can only count more, never fewer, than the truth.</item>
/// </list>
/// </summary>
internal static class DiscretionaryHyphens
{
    /// <summary>The body lines of <paramref name="paragraphs"/> that end in a hyphen the line breaker added, and which of the two ways told it.</summary>
    public static (HashSet<TextLine> Lines, bool Marked) Find(IReadOnlyList<TextLine> allLines, IReadOnlyList<Paragraph> paragraphs)
    {
        var marked = allLines.Any(l => l.EndsInSoftHyphen);
        var found = new HashSet<TextLine>(ReferenceEqualityComparer.Instance);
        if (marked)
        {
            foreach (var line in paragraphs.SelectMany(p => p.Lines).Where(l => l.EndsInSoftHyphen))
                found.Add(line);
            return (found, true);
        }

        var compounds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in allLines)
        {
            foreach (var token in line.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var word = Trim(token);
                if (word.Length > 2 && word.AsSpan(1, word.Length - 2).ContainsAny('-', '\u2010'))
                    compounds.Add(word.Replace('\u2010', '-'));
            }
        }

        foreach (var paragraph in paragraphs)
        {
            for (var i = 0; i + 1 < paragraph.Lines.Count; i++)
            {
                var line = paragraph.Lines[i];
                if (!line.EndsInHyphen) continue;
                var left = Trim(line.Text[(line.Text.LastIndexOf(' ') + 1)..^1]);
                var next = paragraph.Lines[i + 1].Text;
                var space = next.IndexOf(' ', StringComparison.Ordinal);
                var right = Trim(space < 0 ? next : next[..space]);
                if (!compounds.Contains(left + "-" + right))
                    found.Add(line);
            }
        }
        return (found, false);
    }

    /// <summary>The word without the punctuation around it (quotes, brackets, commas, full stops, a line-end hyphen); inner hyphens stay.</summary>
    private static string Trim(string token)
    {
        var start = 0;
        var end = token.Length;
        while (start < end && !char.IsLetterOrDigit(token[start])) start++;
        while (end > start && !char.IsLetterOrDigit(token[end - 1])) end--;
        return token[start..end];
    }
}
