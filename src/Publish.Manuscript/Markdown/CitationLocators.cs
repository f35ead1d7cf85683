using System.Collections.Frozen;

namespace Publish.Manuscript.Markdown;

/// <summary>
/// The locator labels a cite's suffix may begin with (<c>p. 33</c>, <c>chap. 2</c>, <c>ss. 4–9</c>): the CSL locator
/// terms of the shipped English and Turkish locales, long and short, singular and plural, as Pandoc reads them from
/// its locale. A term two locators share (<c>c.</c>: an English chapter, a Turkish volume) is left out rather than
/// guessed; <c>bölüm</c> is a chapter.
/// </summary>
internal static class CitationLocators
{
    private static readonly (string Label, string[] Terms)[] Table =
    [
        ("page", ["p.", "pp.", "page", "pages", "s.", "ss.", "sayfa", "sayfalar"]),
        ("chapter", ["chap.", "chaps.", "chapter", "chapters", "böl.", "bölüm", "bölümler"]),
        ("section", ["sec.", "secs.", "section", "sections", "§", "§§", "blm."]),
        ("volume", ["vol.", "vols.", "volume", "volumes", "cilt", "ciltler"]),
        ("book", ["bk.", "bks.", "book", "books", "kit.", "kitap", "kitaplar"]),
        ("part", ["pt.", "pts.", "part", "parts", "ksm.", "kısım", "kısımlar"]),
        ("paragraph", ["para.", "paras.", "paragraph", "paragraphs", "¶", "¶¶", "par.", "paragraf", "paragraflar"]),
        ("line", ["l.", "ll.", "line", "lines", "satır", "satırlar"]),
        ("note", ["n.", "nn.", "note", "notes", "not", "notlar"]),
        ("figure", ["fig.", "figs.", "figure", "figures", "şek.", "şekil", "şekiller"]),
        ("column", ["col.", "cols.", "column", "columns", "süt.", "sütun", "sütunlar"]),
        ("verse", ["v.", "vv.", "verse", "verses", "ay.", "ayet", "ayetler"]),
        ("folio", ["fol.", "fols.", "folio", "folios", "fl.", "folyo"]),
        ("issue", ["no.", "nos.", "issue", "issues", "sy.", "sayı", "sayılar"]),
        ("opus", ["op.", "opp.", "opus", "opera", "eser", "eserler"]),
        ("appendix", ["app.", "apps.", "appendix", "appendices", "ek.", "eklr.", "ek", "ekler"]),
        ("article-locator", ["art.", "arts.", "article", "articles", "mak.", "makale", "makaleler"]),
        ("equation", ["eq.", "eqq.", "equation", "equations", "eşt.", "eşitlik", "eşitlikler"]),
        ("table", ["tbl.", "tbls.", "table", "tables"]),
        ("scene", ["sc.", "scs.", "scene", "scenes", "sahn.", "sahne", "sahneler"]),
        ("sub-verbo", ["s.v.", "s.vv.", "sub verbo", "sub verbis", "md.", "madde", "maddeler"]),
        ("rule", ["r.", "rr.", "rule", "rules", "kur.", "kural", "kurallar"]),
        ("canon", ["can.", "cann.", "canon", "canons"]),
        ("act", ["act", "acts", "perde", "perdeler"]),
        ("supplement", ["supp.", "supps.", "supplement", "supplements", "zeyil"]),
        ("title-locator", ["tit.", "titt.", "title", "titles", "başl.", "başlık", "başlıklar"]),
        ("elocation", ["loc.", "locs.", "location", "locations", "kon.", "konum", "konumlar"]),
    ];

    private static readonly FrozenDictionary<string, string> LabelOfTerm = Table
        .SelectMany(row => row.Terms.Select(term => (term, row.Label)))
        .ToFrozenDictionary(pair => pair.term, pair => pair.Label, StringComparer.OrdinalIgnoreCase);

    /// <summary>Longest terms first, so that "pp." wins over "p." and "s.v." over "s.".</summary>
    private static readonly string[] TermsByLength = [.. LabelOfTerm.Keys.OrderByDescending(term => term.Length).ThenBy(term => term, StringComparer.Ordinal)];

    /// <summary>The short English term written back for a label (the exporter's <c>p. 33</c>).</summary>
    public static string TermOf(string label) => Table.FirstOrDefault(row => row.Label == label).Terms?[0] ?? "p.";

    /// <summary>
    /// Splits a cite's suffix into locator, label and the rest, as Pandoc does: an optional comma, an optional label
    /// term, then the locator — a <c>{braced}</c> text, or words holding a digit or a roman numeral joined by
    /// <c>,</c>, <c>-</c> or <c>–</c>. Without a locator the suffix is returned whole.
    /// </summary>
    public static (string Locator, string Label, string Remainder) Split(string suffix)
    {
        var i = 0;
        Skip(suffix, ref i);
        if (i < suffix.Length && suffix[i] == ',')
        {
            i++;
            Skip(suffix, ref i);
        }

        var label = string.Empty;
        foreach (var term in TermsByLength)
        {
            var after = i + term.Length;
            if (string.Compare(suffix, i, term, 0, term.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (after == suffix.Length || char.IsWhiteSpace(suffix[after]) || (term[^1] == '.' && (char.IsDigit(suffix[after]) || suffix[after] == '{'))))
            {
                label = LabelOfTerm[term];
                i = after;
                Skip(suffix, ref i);
                break;
            }
        }

        if (i < suffix.Length && suffix[i] == '{')
        {
            var close = suffix.IndexOf('}', i + 1);
            if (close > i)
            {
                return (suffix[(i + 1)..close].Trim(), label.Length == 0 ? "page" : label, suffix[(close + 1)..].TrimStart());
            }
        }

        var start = i;
        var end = -1;
        while (i < suffix.Length)
        {
            var wordEnd = i;
            while (wordEnd < suffix.Length && !char.IsWhiteSpace(suffix[wordEnd]) && suffix[wordEnd] != ',')
            {
                wordEnd++;
            }

            if (!IsLocatorWord(suffix.AsSpan(i, wordEnd - i)))
            {
                break;
            }

            end = wordEnd;
            var next = wordEnd;
            if (next < suffix.Length && suffix[next] == ',')
            {
                next++;
            }

            Skip(suffix, ref next);
            if (next == wordEnd || next >= suffix.Length)
            {
                break;
            }

            i = next;
        }

        if (end < 0)
        {
            return (string.Empty, string.Empty, suffix.Trim());
        }

        return (suffix[start..end], label.Length == 0 ? "page" : label, suffix[end..].TrimStart());
    }

    private static bool IsLocatorWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        // A roman numeral (xiv, IV–VII): the letters of one and the range dashes.
        foreach (var c in word)
        {
            if (!"ivxlcdmIVXLCDM-–".Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return char.IsLetter(word[0]);
    }

    private static void Skip(string text, ref int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
    }
}
