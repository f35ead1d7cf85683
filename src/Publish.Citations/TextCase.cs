using System.Globalization;
using System.Text;

namespace Publish.Citations;

/// <summary>
/// CSL 1.0.2 text-case: lowercase, uppercase, capitalize-first, capitalize-all, sentence and title, applied to the
/// leaves of rendered text in the locale's culture (Turkish "i" → "İ"), leaving nocase spans alone. Title case
/// applies to English items only (§Title Case Conversion).
/// </summary>
internal static class TextCase
{
    // citeproc-js's skip words (CSL.SKIP_WORDS): the spec's list with more prepositions and name particles.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "about", "above", "across", "afore", "after", "against", "along", "alongside", "amid", "amidst", "among",
        "amongst", "anenst", "apropos", "apud", "around", "as", "aside", "astride", "at", "athwart", "atop",
        "barring", "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "but", "by",
        "circa", "despite", "down", "during", "except", "for", "forenenst", "from", "given", "in", "inside", "into",
        "lest", "like", "modulo", "near", "next", "notwithstanding", "of", "off", "on", "onto", "out", "over", "per",
        "plus", "pro", "qua", "sans", "since", "than", "through", "thru", "throughout", "thruout", "till", "to",
        "toward", "towards", "under", "underneath", "until", "unto", "up", "upon", "versus", "vs.", "v.", "vs", "v",
        "via", "vis-à-vis", "with", "within", "without", "or", "yet", "so", "and", "nor", "a", "an", "the", "de",
        "d'", "von", "van", "c", "et", "ca",
    };

    public static void Apply(Output node, string textCase, CultureInfo culture, bool english)
    {
        var all = new List<Output>();
        Collect(node, false, all);
        var leaves = all.Where(l => l is not null).ToList();
        if (leaves.Count == 0)
        {
            return;
        }

        switch (textCase)
        {
            case "lowercase":
                foreach (var leaf in leaves)
                {
                    leaf.Text = leaf.Text!.ToLower(culture);
                }

                break;
            case "uppercase":
                foreach (var leaf in leaves)
                {
                    leaf.Text = leaf.Text!.ToUpper(culture);
                }

                break;
            case "capitalize-first":
                CapitalizeFirst(leaves, culture);
                break;
            case "capitalize-all":
                foreach (var leaf in leaves)
                {
                    leaf.Text = MapWords(leaf.Text!, (word, _, _, _, _) => Capitalize(word, culture));
                }

                break;
            case "sentence":
                var allUpper = leaves.All(l => !l.Text!.Any(char.IsLower));
                if (allUpper)
                {
                    foreach (var leaf in leaves)
                    {
                        leaf.Text = leaf.Text!.ToLower(culture);
                    }
                }
                else
                {
                    // Capitalized words go to lowercase; acronyms and mixed case ("UK", "iPhone") and nocase spans stay
                    // (citeproc-js; textcase_SentenceCapitalization).
                    foreach (var leaf in leaves)
                    {
                        leaf.Text = MapWords(leaf.Text!, (word, _, _, _, _) => IsCapitalized(word) ? word.ToLower(culture) : word);
                    }
                }

                CapitalizeFirst(leaves, culture);
                break;
            case "title" when english:
                Title(all, culture);
                break;
        }
    }

    private static void Collect(Output node, bool noCase, List<Output> leaves)
    {
        if (node.NoCase || noCase || node.FontVariant == "small-caps" || node.VerticalAlign is "sup" or "sub")
        {
            // A nocase span (and small caps, superscript, subscript markup: citeproc-js treats them as nocase) still
            // ends words: it stands in the list as a null, so the text either side stays apart and a word before it
            // is not the title's last.
            if (!node.IsEmpty)
            {
                leaves.Add(null!);
            }

            return;
        }

        if (node.Text is not null)
        {
            if (node.Text.Length > 0)
            {
                leaves.Add(node);
            }

            return;
        }

        foreach (var child in node.Children!)
        {
            Collect(child, false, leaves);
        }
    }

    private static void CapitalizeFirst(List<Output> leaves, CultureInfo culture)
    {
        foreach (var leaf in leaves)
        {
            var text = leaf.Text!;
            var index = 0;
            while (index < text.Length && !char.IsLetterOrDigit(text[index]))
            {
                index++;
            }

            if (index < text.Length)
            {
                leaf.Text = text[..index] + text.Substring(index, 1).ToUpper(culture) + text[(index + 1)..];
                return;
            }
        }
    }

    private static bool IsCapitalized(string word)
    {
        var letters = word.Where(char.IsLetter).ToList();
        return letters.Count > 1 && char.IsUpper(letters[0]) && letters.Skip(1).All(char.IsLower);
    }

    private static string Capitalize(string word, CultureInfo culture)
    {
        var index = 0;
        while (index < word.Length && !char.IsLetter(word[index]))
        {
            index++;
        }

        return index < word.Length ? word[..index] + word.Substring(index, 1).ToUpper(culture) + word[(index + 1)..] : word;
    }

    /// <summary>
    /// Title case (CSL 1.0.2 §Title Case Conversion, as citeproc-js does it): words are delimited by spaces, hyphens,
    /// slashes and dashes; lowercase words longer than one letter are capitalized unless they are skip words, and the
    /// first word, the last and the first after a colon always; words with capitals keep their case. A null in
    /// <paramref name="all"/> is a nocase span, which ends a word.
    /// </summary>
    private static void Title(List<Output> all, CultureInfo culture)
    {
        var firstLeaf = all.FindIndex(l => l is not null);
        var startsTitle = firstLeaf == 0;
        var afterColon = false;
        for (var i = 0; i < all.Count; i++)
        {
            var leaf = all[i];
            if (leaf is null)
            {
                afterColon = false;
                continue;
            }

            var isFirstLeaf = i == 0;
            var isLastLeaf = i == all.Count - 1;
            leaf.Text = MapWords(leaf.Text!, (word, first, last, separatorBefore, separatorAfter) =>
            {
                var letters = new string(word.Where(char.IsLetter).ToArray());
                var lower = letters.ToLowerInvariant();
                var startOfTitle = isFirstLeaf && first && startsTitle;
                var endOfTitle = isLastLeaf && last;
                var colon = afterColon && separatorBefore != '-';
                afterColon = word.EndsWith(':') || word.EndsWith('?') || word.EndsWith('!');
                if (letters.Length == 0 || letters.Skip(1).Any(char.IsUpper) || char.IsUpper(letters[0]) || !char.IsLower(word.First(char.IsLetter)))
                {
                    // Mixed case ("iPhone", "McDonald"), capitalized words and words starting with a digit keep their case.
                    return word;
                }

                if (startOfTitle || colon)
                {
                    return Capitalize(word, culture);
                }

                // A skip word starting a hyphenated compound is capitalized ("Pro-Environmental"), one inside it not ("Out-of-Fashion").
                var startsCompound = separatorAfter == '-' && separatorBefore != '-';
                if (IsSkipWord(lower) && !(endOfTitle && separatorBefore != '-') && !startsCompound || letters.Length == 1)
                {
                    return word;
                }

                return Capitalize(word, culture);
            });
        }
    }

    /// <summary>
    /// Whether title case leaves a (lowercased, letters-only) word as it is. citeproc-js, the reference the suite and
    /// the institute's expectations come from, matches its skip words as a regular expression in which the entries
    /// "v." and "vs." are patterns: any two-letter word starting with "v" and any three-letter word starting with
    /// "vs" is skipped too. Turkish "ve" ("and", as in the journal "Toplum ve Bilim") stays lowercase that way in an
    /// English document, where title case would otherwise print "Toplum Ve Bilim".
    /// </summary>
    private static bool IsSkipWord(string lower) =>
        StopWords.Contains(lower) || (lower.Length == 2 && lower[0] == 'v') || (lower.Length == 3 && lower.StartsWith("vs", StringComparison.Ordinal));

    /// <summary>
    /// Applies a function to each word (delimited by spaces, no-break spaces, hyphens, slashes and dashes), telling it
    /// whether the word is first/last in the text and which delimiters precede and follow it (a space at either end).
    /// </summary>
    private static string MapWords(string text, Func<string, bool, bool, char, char, string> map)
    {
        var builder = new StringBuilder(text.Length);
        var words = new List<(int Start, int Length, char Before)>();
        var start = 0;
        var before = ' ';
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || IsWordDelimiter(text[i]))
            {
                if (i > start)
                {
                    words.Add((start, i - start, before));
                }

                if (i < text.Length)
                {
                    before = text[i] == '\u00A0' ? ' ' : text[i];
                }

                start = i + 1;
            }
        }

        var position = 0;
        for (var w = 0; w < words.Count; w++)
        {
            var (wordStart, length, separator) = words[w];
            builder.Append(text, position, wordStart - position);
            var after = wordStart + length < text.Length ? text[wordStart + length] : ' ';
            builder.Append(map(text.Substring(wordStart, length), w == 0, w == words.Count - 1, separator, after == '\u00A0' ? ' ' : after));
            position = wordStart + length;
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }

    private static bool IsWordDelimiter(char c) => c is ' ' or '\u00A0' or '-' or '/' or '\u2014' or '\u2013';
}
