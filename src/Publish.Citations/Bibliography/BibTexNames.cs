using System.Text;
using System.Text.Json.Nodes;

namespace Publish.Citations.Bibliography;

/// <summary>
/// Splits a BibTeX name list ("A and B and others") into CSL-JSON names. Each name is "First von Last",
/// "von Last, First" or "von Last, Jr, First" (BibTeX's three forms); a name wholly in braces
/// (<c>{World Health Organization}</c>) is an institution, printed as is; <c>and others</c> is kept as the literal
/// "others", as Pandoc does; BibLaTeX's extended form (<c>family=Smith, given=John, prefix=van, useprefix=true</c>)
/// is read too. The von part follows BibLaTeX (Pandoc too): the lowercase words before the last name, so
/// "Drummond de Andrade, Carlos" has the family name "Drummond de Andrade". Without <c>useprefix=true</c> the von part
/// is a dropping particle (BibLaTeX's default), with it a non-dropping one.
/// </summary>
internal static class BibTexNames
{
    public static JsonArray Parse(string latex, bool usePrefix)
    {
        var names = new JsonArray();
        foreach (var words in SplitNames(latex))
        {
            var name = ParseName(words, usePrefix);
            if (name is not null)
            {
                names.Add((JsonNode)name);
            }
        }

        return names;
    }

    /// <summary>The words of each name: the list split at "and" between words at brace depth 0.</summary>
    private static List<List<string>> SplitNames(string latex)
    {
        var names = new List<List<string>>();
        var current = new List<string>();
        foreach (var word in Words(latex, splitAtTilde: false))
        {
            if (word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                names.Add(current);
                current = [];
            }
            else
            {
                current.Add(word);
            }
        }

        names.Add(current);
        return names.Where(n => n.Count > 0).ToList();
    }

    /// <summary>Words separated by white space (and, when asked, ~) at brace depth 0; commas stay in the words.</summary>
    private static List<string> Words(string text, bool splitAtTilde)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                word.Append(c).Append(text[++i]);
                continue;
            }

            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0 && (char.IsWhiteSpace(c) || (splitAtTilde && c == '~')))
            {
                Flush();
            }
            else
            {
                word.Append(c);
            }
        }

        Flush();
        return words;

        void Flush()
        {
            if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
    }

    private static JsonObject? ParseName(List<string> words, bool usePrefix)
    {
        var whole = string.Join(' ', words);
        if (words.Count == 1 && words[0] == "others")
        {
            return new JsonObject { ["literal"] = "others" };
        }

        if (IsOneGroup(whole))
        {
            return new JsonObject { ["literal"] = LatexText.ToPlainText(whole[1..^1]) };
        }

        var parts = SplitAtCommas(whole);
        if (parts.Count > 0 && parts.All(p => p.Length == 0 || IsExtendedPart(p)))
        {
            return ParseExtended(parts);
        }

        var partWords = parts.Select(p => Words(p, splitAtTilde: true)).ToList();
        List<string> first, vonLast, jr = [];
        switch (partWords.Count)
        {
            case 1:
                // First von Last: First runs to the first lowercase word; without one, the last word is Last.
                var all = partWords[0];
                var firstLower = all.FindIndex(w => IsLowercase(w));
                if (firstLower < 0 || firstLower == all.Count - 1)
                {
                    first = all.Take(all.Count - 1).ToList();
                    vonLast = all.Skip(all.Count - 1).ToList();
                }
                else
                {
                    first = all.Take(firstLower).ToList();
                    vonLast = all.Skip(firstLower).ToList();
                }

                break;
            case 2:
                vonLast = partWords[0];
                first = partWords[1];
                break;
            default:
                vonLast = partWords[0];
                jr = partWords[1];
                first = partWords[2];
                break;
        }

        // von: the lowercase words before the first capitalized one, leaving at least one word for Last.
        var vonCount = vonLast.FindIndex(w => !IsLowercase(w));
        if (vonCount < 0)
        {
            vonCount = vonLast.Count - 1;
        }

        var name = new JsonObject();
        Set(name, "family", Join(vonLast.Skip(vonCount)));
        Set(name, "given", SpaceInitials(Join(first)));
        Set(name, usePrefix ? "non-dropping-particle" : "dropping-particle", Join(vonLast.Take(vonCount)));
        Set(name, "suffix", Join(jr));
        if (name.Count == 0)
        {
            return null;
        }

        // The parts are already apart: the processor must not look for particles in them again.
        name["parse-names"] = false;
        return name;
    }

    private static string Join(IEnumerable<string> words) => LatexText.ToPlainText(string.Join(' ', words));

    private static void Set(JsonObject name, string key, string value)
    {
        if (value.Length > 0)
        {
            name[key] = value;
        }
    }

    /// <summary>"J.G." and "J. G." are the same initials (Pandoc's rule too): a space after each period between capitals.</summary>
    private static string SpaceInitials(string given)
    {
        var spaced = new StringBuilder(given.Length + 4);
        for (var i = 0; i < given.Length; i++)
        {
            spaced.Append(given[i]);
            if (given[i] == '.' && i > 0 && char.IsUpper(given[i - 1]) && i + 1 < given.Length && char.IsUpper(given[i + 1]))
            {
                spaced.Append(' ');
            }
        }

        return spaced.ToString();
    }

    private static bool IsOneGroup(string text)
    {
        if (text.Length < 2 || text[0] != '{' || text[^1] != '}' || (text.Length > 1 && text[1] == '\\'))
        {
            return false;
        }

        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] == '{' ? 1 : text[i] == '}' ? -1 : 0;
            if (depth == 0 && i < text.Length - 1)
            {
                return false;
            }
        }

        return true;
    }

    private static List<string> SplitAtCommas(string text)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
                continue;
            }

            depth += text[i] == '{' ? 1 : text[i] == '}' ? -1 : 0;
            if (depth == 0 && text[i] == ',')
            {
                parts.Add(text[start..i].Trim());
                start = i + 1;
            }
        }

        parts.Add(text[start..].Trim());
        return parts;
    }

    private static readonly string[] ExtendedKeys = ["family", "given", "prefix", "suffix", "useprefix", "given-i", "family-i", "prefix-i", "suffix-i"];

    private static bool IsExtendedPart(string part)
    {
        var equals = part.IndexOf('=', StringComparison.Ordinal);
        return equals > 0 && ExtendedKeys.Contains(part[..equals].Trim().ToLowerInvariant());
    }

    private static JsonObject ParseExtended(List<string> parts)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in parts.Where(p => p.Length > 0))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var value = part[(equals + 1)..].Trim();
            if (value.Length > 1 && value[0] == '"' && value[^1] == '"')
            {
                value = value[1..^1];
            }

            values[part[..equals].Trim().ToLowerInvariant()] = LatexText.ToPlainText(value);
        }

        var usePrefix = values.TryGetValue("useprefix", out var flag) && flag.Equals("true", StringComparison.OrdinalIgnoreCase);
        var name = new JsonObject();
        Set(name, "family", values.GetValueOrDefault("family", string.Empty));
        Set(name, "given", SpaceInitials(values.GetValueOrDefault("given", string.Empty)));
        Set(name, usePrefix ? "non-dropping-particle" : "dropping-particle", values.GetValueOrDefault("prefix", string.Empty));
        Set(name, "suffix", values.GetValueOrDefault("suffix", string.Empty));
        name["parse-names"] = false;
        return name;
    }

    /// <summary>
    /// BibTeX's test for a von word: its first letter at brace depth 0 is lowercase. A special character
    /// (<c>{\"o}</c>, <c>\"o</c>) counts by its letter; any other brace group hides the case (the word is not von).
    /// </summary>
    private static bool IsLowercase(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c == '{')
            {
                if (i + 1 < word.Length && word[i + 1] == '\\')
                {
                    var end = GroupEnd(word, i);
                    var text = LatexText.ToPlainText(word[i..(end + 1)]);
                    var letter = text.FirstOrDefault(char.IsLetter);
                    return letter != '\0' && char.IsLower(letter);
                }

                return false;
            }

            if (c == '\\')
            {
                var text = LatexText.ToPlainText(word[i..]);
                var letter = text.FirstOrDefault(char.IsLetter);
                return letter != '\0' && char.IsLower(letter);
            }

            if (char.IsLetter(c))
            {
                return char.IsLower(c);
            }
        }

        return false;
    }

    private static int GroupEnd(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            depth += text[i] == '{' ? 1 : text[i] == '}' ? -1 : 0;
            if (depth == 0)
            {
                return i;
            }
        }

        return text.Length - 1;
    }
}
