using System.Text;
using System.Text.RegularExpressions;

namespace Publish.Epub.Tests;

/// <summary>
/// The book's stylesheet read back as rules outside any at-rule block (the dark-mode and narrow-screen blocks
/// only adjust colours and margins): each selector of a rule's list maps to its declarations, later rules winning.
/// </summary>
internal sealed partial class StylesheetRules
{
    private readonly Dictionary<string, Dictionary<string, string>> _bySelector = new(StringComparer.Ordinal);

    private StylesheetRules(string css)
    {
        foreach (Match rule in Rule().Matches(TopLevel(css)))
        {
            var declarations = rule.Groups["body"].Value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(d => d.Split(':', 2, StringSplitOptions.TrimEntries)).Where(d => d.Length == 2).ToList();
            foreach (var selector in rule.Groups["selectors"].Value.Split(',', StringSplitOptions.TrimEntries))
            {
                var normalised = Spaces().Replace(selector, " ");
                if (!_bySelector.TryGetValue(normalised, out var set))
                {
                    _bySelector[normalised] = set = new Dictionary<string, string>(StringComparer.Ordinal);
                }

                foreach (var pair in declarations)
                {
                    set[pair[0]] = pair[1];
                }
            }
        }
    }

    public static StylesheetRules Of(WrittenEpub epub) => new(Encoding.UTF8.GetString(epub.Contents["EPUB/css/book.css"]));

    /// <summary>The value <paramref name="selector"/>'s own rules give <paramref name="property"/>, or null.</summary>
    public string? Get(string selector, string property) =>
        _bySelector.TryGetValue(selector, out var set) && set.TryGetValue(property, out var value) ? value : null;

    public bool HasSelector(string selector) => _bySelector.ContainsKey(selector);

    /// <summary>An <c>em</c> font size as a factor of the parent's (1 when the selector sets none).</summary>
    public double EmFactor(string selector) => Get(selector, "font-size") is { } size
        ? double.Parse(size.EndsWith("em", StringComparison.Ordinal) ? size[..^2] : throw new InvalidOperationException($"{selector}: font-size {size} is not in em"), System.Globalization.CultureInfo.InvariantCulture)
        : 1;

    private static string TopLevel(string css)
    {
        var output = new StringBuilder();
        var depth = 0;
        var inAtRule = false;
        for (var i = 0; i < css.Length; i++)
        {
            var c = css[i];
            if (depth == 0 && c == '@' && !css.AsSpan(i).StartsWith("@font-face", StringComparison.Ordinal))
            {
                inAtRule = true;
            }

            if (c == '{')
            {
                depth++;
            }

            if (!inAtRule)
            {
                output.Append(c);
            }

            if (c == '}')
            {
                depth--;
                if (depth == 0)
                {
                    inAtRule = false;
                }
            }
        }

        return output.ToString();
    }

    [GeneratedRegex(@"(?<selectors>[^{}]+)\{(?<body>[^{}]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Rule();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
