namespace Publish.Engine.Tests.StyleKeys;

/// <summary>
/// Issue 18 (every style key has a test showing its effect): <c>hyphenation.min-right</c>, <c>patterns</c> and
/// <c>exceptions</c> on a narrow justified English page (A6, 15 mm margins), each set two ways. The PDF maps a break's
/// hyphen to a soft hyphen, so a broken word's first part is a word ending in it and its rest starts the next line.
/// </summary>
public sealed class HyphenationKeyTests
{
    private const string Page = "page:\n  size: A6\n  margins: 15mm\n";

    /// <summary>Long English words the default patterns break in many places, repeated to fill lines.</summary>
    private static readonly string Text = string.Join(' ', Enumerable.Repeat(
        "international understanding characteristically demonstrates extraordinary responsibilities notwithstanding considerable administrative complications", 6));

    [Theory]
    [InlineData(3)]
    [InlineData(7)]
    public void Min_right_keeps_every_broken_words_last_part_at_least_that_long(int minRight)
    {
        var patterns = Path.Combine(Repo.Root, "styles", "hyphenation", "hyph_en_US.dic");
        using var book = KeyedPdf.Build($"---\ntitle: Long\nlang: en\n---\n\n{Text}.\n", Page + $"hyphenation:\n  min-right: {minRight}\n  patterns:\n    en: \"{patterns}\"\n");

        var rests = Rests(book);
        Assert.NotEmpty(rests);
        Assert.All(rests, r => Assert.True(r.Length >= minRight, $"'{r}' is a last part shorter than {minRight}"));
        if (minRight == 3)
        {
            // The low limit is used: some break leaves fewer than 7 letters (the other row's limit) on the next line.
            Assert.Contains(rests, r => r.Length < 7);
        }
    }

    [Theory]
    [InlineData("none")]
    [InlineData("vowels")]
    public void Patterns_are_the_liang_patterns_words_break_by(string patterns)
    {
        using var book = KeyedPdf.Build($"---\ntitle: Long\nlang: en\n---\n\n{Text}.\n", Page + "hyphenation:\n  patterns:\n    en: patterns.dic\n", ("patterns.dic", PatternFile(patterns)));

        var parts = FirstParts(book);
        if (patterns == "none")
        {
            // A pattern that matches no word here: nothing breaks, where the default English patterns break many.
            Assert.Empty(parts);
        }
        else
        {
            // "a1", "e1", "i1", "o1": a break only after one of those vowels.
            Assert.NotEmpty(parts);
            Assert.All(parts, p => Assert.Contains(p[^1], "aeio"));
        }
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("[char-ac-ter-is-ti-cal-ly, in-ter-na-tion-al, un-der-stand-ing, de-mon-strates, ex-tra-or-di-nary, re-spon-si-bil-i-ties, not-with-stand-ing, con-sid-er-able, ad-min-is-tra-tive, com-pli-ca-tions]")]
    public void Exceptions_decide_where_a_listed_word_may_break(string list)
    {
        // The patterns file allows a break after every vowel; the list, when given, allows only its own hyphens.
        using var book = KeyedPdf.Build($"---\ntitle: Long\nlang: en\n---\n\n{Text}.\n", Page + $"hyphenation:\n  patterns:\n    en: patterns.dic\n  exceptions:\n    en: {list}\n", ("patterns.dic", PatternFile("vowels")));

        var listed = list.Trim('[', ']').Split(", ", StringSplitOptions.RemoveEmptyEntries);
        var allowed = listed.SelectMany(w => Enumerable.Range(1, w.Length).Where(i => i < w.Length && w[i] == '-').Select(i => w[..i].Replace("-", string.Empty, StringComparison.Ordinal))).ToHashSet();
        var parts = FirstParts(book);
        Assert.NotEmpty(parts);
        if (listed.Length == 0)
        {
            // Some break falls where the list would not allow one: the vowel patterns alone decided it.
            Assert.Contains(parts, p => !KnownBreaks().Contains(p));
        }
        else
        {
            Assert.All(parts, p => Assert.Contains(p, allowed));
        }
    }

    /// <summary>The first parts allowed by the exception list of the second row, for the words of the text.</summary>
    private static HashSet<string> KnownBreaks() =>
    [
        .. "char-ac-ter-is-ti-cal-ly in-ter-na-tion-al un-der-stand-ing de-mon-strates ex-tra-or-di-nary re-spon-si-bil-i-ties not-with-stand-ing con-sid-er-able ad-min-is-tra-tive com-pli-ca-tions"
            .Split(' ').SelectMany(w => Enumerable.Range(1, w.Length - 1).Where(i => w[i] == '-').Select(i => w[..i].Replace("-", string.Empty, StringComparison.Ordinal))),
    ];

    /// <summary>
    /// A pattern file whose alphabet is a–z (LiangHyphenator sets a word with a letter its patterns do not know by its
    /// Turkish syllables instead): <c>0x</c> for every letter, which allows nothing, and for "vowels" <c>a1 e1 i1 o1</c>.
    /// </summary>
    private static string PatternFile(string kind) =>
        "UTF-8\n" + string.Concat(Enumerable.Range('a', 26).Select(c => kind == "vowels" && "aeio".Contains((char)c, StringComparison.Ordinal) ? $"{(char)c}1\n" : $"0{(char)c}\n"));

    /// <summary>The first parts of broken words, without their hyphen.</summary>
    private static List<string> FirstParts(KeyedPdf book) =>
        [.. book.Words().Select(w => w.Word.Text).Where(t => t.Length > 1 && t[^1] is '-' or '\u2010' or '\u00AD').Select(t => t[..^1])];

    /// <summary>The last parts of broken words: the first word of the line after each first part, letters only.</summary>
    private static List<string> Rests(KeyedPdf book)
    {
        var rests = new List<string>();
        foreach (var page in book.Pdf.GetPages())
        {
            var lines = page.GetWords().GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y, 1)).OrderByDescending(g => g.Key).Select(g => g.OrderBy(w => w.BoundingBox.Left).ToList()).ToList();
            for (var i = 0; i + 1 < lines.Count; i++)
            {
                if (lines[i][^1].Text is { Length: > 1 } last && last[^1] is '-' or '\u2010' or '\u00AD')
                {
                    rests.Add(new string([.. lines[i + 1][0].Text.TakeWhile(char.IsLetter)]));
                }
            }
        }

        return rests;
    }
}
