using System.Globalization;
using System.Text;

namespace Publish.Citations;

/// <summary>
/// Interprets a style's rendering elements for one item (CSL 1.0.2 §Rendering Elements): text, number, label,
/// date, names, group and choose, with the inheritable name options, formatting, affixes, text-case and display.
/// </summary>
internal sealed partial class Renderer
{
    private static readonly string[] NameOptionKeys =
    [
        "and", "delimiter-precedes-et-al", "delimiter-precedes-last", "et-al-min", "et-al-use-first", "et-al-use-last",
        "et-al-subsequent-min", "et-al-subsequent-use-first", "initialize", "initialize-with", "name-as-sort-order",
        "sort-separator", "name-form", "name-delimiter", "names-delimiter", "demote-non-dropping-particle",
    ];

    private readonly CslStyle style;
    private readonly LocaleChain locale;
    private readonly Dictionary<string, string> citationOptions;
    private readonly Dictionary<string, string> bibliographyOptions;

    public Renderer(CslStyle style, LocaleChain locale)
    {
        this.style = style;
        this.locale = locale;
        citationOptions = Inherit(style.Root, style.Citation);
        bibliographyOptions = Inherit(style.Root, style.Bibliography);
        PageRangeFormat = style.Root["page-range-format"];
        DemoteNonDroppingParticle = style.Root["demote-non-dropping-particle"] ?? "display-and-sort";
        InitializeWithHyphen = style.Root["initialize-with-hyphen"] != "false";
        PlacesYearSuffix = Mentions(style.Root);
    }

    /// <summary>The style renders year-suffix itself; otherwise it follows the first year rendered (citeproc-js).</summary>
    private bool PlacesYearSuffix { get; }

    private static bool Mentions(CslElement element) => element["variable"] == "year-suffix" || element.Children.Any(Mentions);

    public LocaleChain Locale => locale;

    public CslStyle Style => style;

    private string? PageRangeFormat { get; }

    internal string DemoteNonDroppingParticle { get; }

    private bool InitializeWithHyphen { get; }

    private static Dictionary<string, string> Inherit(CslElement root, CslElement? context)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in NameOptionKeys)
        {
            if (root[key] is { } value)
            {
                options[key] = value;
            }
        }

        if (context is not null)
        {
            foreach (var key in NameOptionKeys)
            {
                if (context[key] is { } value)
                {
                    options[key] = value;
                }
            }
        }

        return options;
    }

    private Dictionary<string, string> Options(RenderState state) => state.Bibliography ? bibliographyOptions : citationOptions;

    /// <summary>Renders the children of an element (a layout, a macro) joined without delimiter.</summary>
    public Output RenderChildren(CslElement element, RenderState state, string delimiter = "")
    {
        var parts = new List<Output>(element.Children.Count);
        foreach (var child in element.Children)
        {
            var output = Render(child, state);
            if (output.IsEmpty)
            {
                continue;
            }

            if (output.Splice)
            {
                parts.AddRange(output.Children!.Where(c => !c.IsEmpty));
            }
            else
            {
                parts.Add(output);
            }
        }

        return new Output(parts, delimiter);
    }

    public Output Render(CslElement element, RenderState state)
    {
        var output = element.Name switch
        {
            "text" => RenderText(element, state),
            "number" => RenderNumber(element, state),
            "label" => RenderLabel(element, state, null),
            "date" => RenderDate(element, state),
            "names" => RenderNames(element, state),
            "group" => RenderGroup(element, state),
            "choose" => RenderChoose(element, state),
            _ => Output.Empty,
        };
        return element.Name is "text" or "number" && !output.IsEmpty ? Tag(output, element["variable"], state) : output;
    }

    /// <summary>
    /// Marks the output of the variables cite grouping and collapsing look for (CSL 1.0.2 §Cite Grouping and
    /// Collapsing): the citation number, the year suffix and the locator.
    /// </summary>
    private static Output Tag(Output output, string? variable, RenderState state)
    {
        switch (variable)
        {
            case "citation-number":
                output.Kind = OutputKind.CitationNumber;
                output.Number = state.CitationNumber;
                break;
            case "year-suffix":
                output.Kind = OutputKind.YearSuffix;
                output.Number = YearSuffixNumber(state.YearSuffix);
                break;
            case "locator":
                output.Kind = OutputKind.Locator;
                break;
        }

        return output;
    }

    /// <summary>The year suffix as a number: a = 1 … z = 26, aa = 27 (bijective base 26, as they are assigned).</summary>
    internal static int YearSuffixNumber(string suffix)
    {
        var number = 0;
        foreach (var letter in suffix)
        {
            number = number * 26 + (letter - 'a' + 1);
        }

        return number;
    }

    /// <summary>Applies affixes, formatting, quotes, text-case, strip-periods and display of an element.</summary>
    private Output Decorate(Output output, CslElement element, RenderState state, bool affixes = true)
    {
        if (output.IsEmpty)
        {
            return output;
        }

        if (element["strip-periods"] == "true")
        {
            foreach (var leaf in output.Leaves())
            {
                leaf.Text = leaf.Text!.Replace(".", string.Empty, StringComparison.Ordinal);
            }
        }

        if (element["text-case"] is { } textCase)
        {
            TextCase.Apply(output, textCase, CultureFor(state), IsEnglish(state));
        }

        var needsWrap = output.Prefix.Length > 0 || output.Suffix.Length > 0 || output.HasFormatting || output.Text is null && output.Delimiter.Length > 0;
        var hasOwn = element["font-style"] is not null || element["font-weight"] is not null || element["font-variant"] is not null
            || element["text-decoration"] is not null || element["vertical-align"] is not null || element["quotes"] == "true" || element["display"] is not null
            || affixes && (element["prefix"] is not null || element["suffix"] is not null);
        if (!hasOwn)
        {
            return output;
        }

        var result = needsWrap ? output.Wrap() : output;
        result.FontStyle = element["font-style"] ?? result.FontStyle;
        result.FontWeight = element["font-weight"] ?? result.FontWeight;
        result.FontVariant = element["font-variant"] ?? result.FontVariant;
        result.TextDecoration = element["text-decoration"] ?? result.TextDecoration;
        result.VerticalAlign = element["vertical-align"] ?? result.VerticalAlign;
        result.Quotes |= element["quotes"] == "true";
        result.Display = element["display"] ?? result.Display;
        if (affixes)
        {
            result.Prefix = element["prefix"] ?? string.Empty;
            result.Suffix = element["suffix"] ?? string.Empty;
            if (NeedsParsing(result.Prefix) || NeedsParsing(result.Suffix))
            {
                // Affixes with markup or straight quotes are rich text too (citeproc-js): they stay outside the
                // element's formatting and vanish with it when it renders nothing.
                var prefix = RichText.Parse(result.Prefix);
                var suffix = RichText.Parse(result.Suffix);
                result.Prefix = string.Empty;
                result.Suffix = string.Empty;
                return new Output([prefix, result, suffix]);
            }
        }

        return result;
    }

    private static bool NeedsParsing(string affix) => affix.Length > 0 && affix.AsSpan().IndexOfAny("<\"") >= 0;

    private CultureInfo CultureFor(RenderState state)
    {
        var language = state.Item.Language;
        return language.Length == 0 ? locale.Culture : LocaleChain.CultureFor(language);
    }

    private bool IsEnglish(RenderState state)
    {
        var language = state.Item.Language;
        return language.Length == 0 ? locale.Language.StartsWith("en", StringComparison.Ordinal) : language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
    }

    // ----- text -----

    private Output RenderText(CslElement element, RenderState state)
    {
        Output output;
        if (element["variable"] is { } variable)
        {
            // An empty year suffix does not empty its group ("n.d." stays beside it, as in citeproc-js).
            if (variable != "year-suffix")
            {
                state.Called++;
            }

            output = TextVariable(variable, element["form"] ?? "long", state);
            if (!output.IsEmpty)
            {
                state.Rendered++;
            }
        }
        else if (element["macro"] is { } name)
        {
            if (!style.Macros.TryGetValue(name, out var macro))
            {
                return Output.Empty;
            }

            // A macro is suppressed as a group is: it calls variables and none of them rendered (citeproc-js).
            var calledBefore = state.Called;
            var renderedBefore = state.Rendered;
            state.Called = 0;
            state.Rendered = 0;
            output = RenderChildren(macro, state);
            var (called, rendered) = (state.Called, state.Rendered);
            state.Called = calledBefore + called;
            state.Rendered = renderedBefore + rendered;
            if (called > 0 && rendered == 0)
            {
                return Output.Empty;
            }
        }
        else if (element["term"] is { } term)
        {
            var plural = element["plural"] == "true";
            var text = locale.Term(term, element["form"] ?? "long", plural) ?? string.Empty;
            output = RichText.Parse(text);
            foreach (var leaf in output.Leaves())
            {
                leaf.FromTerm = true;
            }
        }
        else if (element["value"] is { } value)
        {
            output = RichText.Parse(value);
        }
        else
        {
            return Output.Empty;
        }

        return Decorate(output, element, state);
    }

    private Output TextVariable(string variable, string form, RenderState state)
    {
        if (state.Suppressed.Contains(variable))
        {
            return Output.Empty;
        }

        var cite = state.Cite;
        switch (variable)
        {
            case "citation-number":
                return state.CitationNumber > 0 ? new Output(state.CitationNumber.ToString(CultureInfo.InvariantCulture)) : Output.Empty;
            case "year-suffix":
                state.YearSuffixUsed = true;
                return new Output(state.YearSuffix);
            case "locator":
                return cite is null || cite.Locator.Length == 0 ? Output.Empty : RichText.Parse(FormatLocator(cite));
            case "first-reference-note-number":
                return cite is null || cite.FirstReferenceNoteNumber == 0 || state.Bibliography ? Output.Empty : new Output(cite.FirstReferenceNoteNumber.ToString(CultureInfo.InvariantCulture));
            case "page-first":
                var firstPage = RawVariable("page-first", state);
                return firstPage is null ? Output.Empty : new Output(firstPage);
            case "page":
                var page = state.Item.Get("page");
                return page is null ? Output.Empty : RichText.Parse(PageRange(page));
            case "URL":
            case "DOI":
            case "PMID":
            case "PMCID":
                var raw = state.Item.Get(variable);
                return raw is null ? Output.Empty : new Output(raw) { NoCase = true };
            case "citation-label":
                var citationLabel = new Output(state.Item.Get(variable) ?? CitationLabel(state.Item));
                if (!PlacesYearSuffix && state.YearSuffix.Length > 0 && !state.YearSuffixUsed)
                {
                    // The year suffix follows the label when the style does not place it (citeproc-js: "Asth00a").
                    state.YearSuffixUsed = true;
                    return new Output([citationLabel, new Output(state.YearSuffix) { Kind = OutputKind.YearSuffix, Number = YearSuffixNumber(state.YearSuffix) }]);
                }

                return citationLabel;
        }

        string? value = null;
        if (form == "short")
        {
            value = state.Item.Get(variable + "-short");
            if (value is null && variable == "title")
            {
                value = state.Item.Get("shortTitle");
            }

            if (value is null && variable == "container-title")
            {
                value = state.Item.Get("journalAbbreviation");
            }
        }

        value ??= state.Item.Get(variable);
        if (value is null && variable == "title-short")
        {
            value = state.Item.Get("shortTitle");
        }

        return value is null ? Output.Empty : RichText.Parse(value);
    }

    private static string CitationLabel(CslItem item)
    {
        var names = item.Names.Values.FirstOrDefault(n => n.Count > 0);
        var builder = new StringBuilder();
        if (names is not null)
        {
            foreach (var name in names.Take(4))
            {
                var family = name.IsLiteral ? name.Literal : name.Family;
                builder.Append(family.AsSpan(0, Math.Min(family.Length, names.Count == 1 ? 4 : names.Count == 2 ? 2 : 1)));
            }
        }

        if (item.Dates.TryGetValue("issued", out var issued) && issued.Parts.Count > 0)
        {
            var year = issued.Parts[0].Year.ToString(CultureInfo.InvariantCulture);
            builder.Append(year.AsSpan(Math.Max(0, year.Length - 2)));
        }

        return builder.ToString();
    }

    private string FormatLocator(Cite cite)
    {
        var label = cite.Label.Length == 0 ? "page" : cite.Label;
        // "\-" is a hyphen that is no range ("327\-30": one page so numbered); it prints as a hyphen.
        return (label == "page" ? PageRange(cite.Locator) : cite.Locator).Replace("\\-", "-", StringComparison.Ordinal);
    }

    // ----- page ranges (CSL 1.0.2 §Appendix V: Page Range Formats) -----

    private string PageRange(string text)
    {
        var delimiter = locale.Term("page-range-delimiter") ?? "–";
        var builder = new StringBuilder();
        foreach (var part in text.Split(", "))
        {
            if (builder.Length > 0)
            {
                builder.Append(", ");
            }

            var match = PageRangePattern().Match(part);
            if (!match.Success)
            {
                builder.Append(part);
                continue;
            }

            var first = match.Groups[1].Value;
            var second = match.Groups[2].Value;
            builder.Append(first).Append(delimiter).Append(PageRangeFormat is null ? second : CollapseRange(first, second, PageRangeFormat));
        }

        return builder.ToString();
    }

    private static string CollapseRange(string first, string second, string format)
    {
        if (!first.All(char.IsAsciiDigit) || !second.All(char.IsAsciiDigit))
        {
            return second;
        }

        if (second.Length < first.Length)
        {
            second = first[..(first.Length - second.Length)] + second;
        }

        if (format == "expanded")
        {
            return second;
        }

        var common = 0;
        if (first.Length == second.Length)
        {
            while (common < first.Length - 1 && first[common] == second[common])
            {
                common++;
            }
        }

        var minimal = second[common..];
        switch (format)
        {
            case "minimal":
                return minimal;
            case "minimal-two":
                return minimal.Length < 2 && second.Length >= 2 ? second[^2..] : minimal;
            case "chicago":
            case "chicago-15":
            case "chicago-16":
                var start = int.Parse(first, CultureInfo.InvariantCulture);
                if (start < 100 || start % 100 == 0 || first.Length != second.Length)
                {
                    return second;
                }

                if (start % 100 < 10)
                {
                    return minimal;
                }

                if (format != "chicago-16" && first.Length == 4 && common < 2)
                {
                    // Chicago 15: four digits where three or more change (1496–1504).
                    return second;
                }

                return minimal.Length < 2 ? second[^2..] : minimal;
            default:
                return second;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*([A-Za-z]*\d+)\s*(?:-+|–|—)\s*([A-Za-z]*\d+)\s*$")]
    private static partial System.Text.RegularExpressions.Regex PageRangePattern();
}
