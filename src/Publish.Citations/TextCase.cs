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
        var leaves = new List<Output>();
        Collect(node, false, leaves);
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
                    leaf.Text = MapWords(leaf.Text!, (word, _, _) => Capitalize(word, culture));
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

                CapitalizeFirst(leaves, culture);
                break;
            case "title" when english:
                Title(leaves, culture);
                break;
        }
    }

    private static void Collect(Output node, bool noCase, List<Output> leaves)
    {
        if (node.NoCase || noCase)
        {
            // A nocase span still ends words: keep it out of the list, and the text either side stays apart.
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

    private static string Capitalize(string word, CultureInfo culture)
    {
        var index = 0;
        while (index < word.Length && !char.IsLetter(word[index]))
        {
            index++;
        }

        return index < word.Length ? word[..index] + word.Substring(index, 1).ToUpper(culture) + word[(index + 1)..] : word;
    }

    private static void Title(List<Output> leaves, CultureInfo culture)
    {
        var allUpper = leaves.All(l => !l.Text!.Any(char.IsLower));
        var total = leaves.Count;
        for (var i = 0; i < total; i++)
        {
            var leaf = leaves[i];
            var isFirstLeaf = i == 0;
            var isLastLeaf = i == total - 1;
            var afterColon = false;
            leaf.Text = MapWords(leaf.Text!, (word, first, last) =>
            {
                var letters = new string(word.Where(char.IsLetter).ToArray());
                var lower = letters.ToLowerInvariant();
                var startOfTitle = isFirstLeaf && first;
                var endOfTitle = isLastLeaf && last;
                var colon = afterColon;
                afterColon = word.EndsWith(':') || word.EndsWith('?') || word.EndsWith('!');
                if (allUpper)
                {
                    word = word.ToLower(culture);
                }
                else if (letters.Length == 0 || letters.Skip(1).Any(char.IsUpper) || char.IsUpper(letters[0]))
                {
                    // Mixed case ("iPhone", "McDonald") and capitalized words keep their case.
                    return word;
                }

                if (IsSkipWord(lower) && !startOfTitle && !endOfTitle && !colon)
                {
                    return word;
                }

                return string.Join('-', word.Split('-').Select((part, n) => n > 0 && IsSkipWord(part.ToLowerInvariant()) ? part : Capitalize(part, culture)));
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

    /// <summary>Applies a function to each space-separated word, telling it whether the word is first/last.</summary>
    private static string MapWords(string text, Func<string, bool, bool, string> map)
    {
        var builder = new StringBuilder(text.Length);
        var words = text.Split(' ');
        var firstWord = Array.FindIndex(words, w => w.Length > 0);
        var lastWord = Array.FindLastIndex(words, w => w.Length > 0);
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(words[i].Length == 0 ? words[i] : map(words[i], i == firstWord, i == lastWord));
        }

        return builder.ToString();
    }
}
