using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Publish.Citations;

/// <summary>Number and label elements (CSL 1.0.2 §Number, §Label, §Plural).</summary>
internal sealed partial class Renderer
{
    private static readonly string[] NumericVariables =
    [
        "chapter-number", "citation-number", "collection-number", "edition", "first-reference-note-number", "issue",
        "locator", "number", "number-of-pages", "number-of-volumes", "page", "page-first", "part-number",
        "printing-number", "section", "supplement-number", "version", "volume",
    ];

    /// <summary>The value of a variable as text, for number, label and the is-numeric condition.</summary>
    private string? RawVariable(string variable, RenderState state) => variable switch
    {
        "locator" => state.Cite is { Locator.Length: > 0 } cite ? cite.Locator : null,
        "citation-number" => state.CitationNumber > 0 ? state.CitationNumber.ToString(CultureInfo.InvariantCulture) : null,
        "first-reference-note-number" => state.Cite is { FirstReferenceNoteNumber: > 0 } c && !state.Bibliography ? c.FirstReferenceNoteNumber.ToString(CultureInfo.InvariantCulture) : null,
        "page-first" => state.Item.Get("page-first") ?? FirstPage(state.Item.Get("page")),
        _ => state.Suppressed.Contains(variable) ? null : state.Item.Get(variable),
    };

    private static string? FirstPage(string? page)
    {
        if (page is null)
        {
            return null;
        }

        var match = FirstNumber().Match(page);
        return match.Success ? match.Value : page;
    }

    /// <summary>Numeric in CSL's sense: numbers with optional affix letters, joined by "-", "–", ",", "&amp;" or "and".</summary>
    internal static bool IsNumeric(string value) => NumericPattern().IsMatch(value.Trim());

    private Output RenderNumber(CslElement element, RenderState state)
    {
        var variable = element["variable"];
        if (variable is null)
        {
            return Output.Empty;
        }

        state.Called++;
        var value = RawVariable(variable, state);
        if (value is null)
        {
            return Output.Empty;
        }

        state.Rendered++;
        if (state.SortKey && int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var sortNumber))
        {
            return new Output(SortKeys.Numeric(sortNumber));
        }

        var form = element["form"] ?? "numeric";
        Output output;
        if (!IsNumeric(value))
        {
            output = RichText.Parse(value);
        }
        else
        {
            var gender = locale.TermEntry(variable == "locator" ? (state.Cite?.Label is { Length: > 0 } l ? l : "page") : variable)?.Gender;
            var builder = new StringBuilder();
            foreach (Match token in NumberToken().Matches(value))
            {
                if (token.Groups["num"].Success)
                {
                    var number = int.Parse(token.Groups["digits"].Value, CultureInfo.InvariantCulture);
                    var pre = token.Groups["pre"].Value;
                    var post = token.Groups["post"].Value;
                    var rendered = form switch
                    {
                        "ordinal" when pre.Length == 0 && post.Length == 0 => number.ToString(CultureInfo.InvariantCulture) + locale.Ordinal(number, gender),
                        "long-ordinal" when pre.Length == 0 && post.Length == 0 => locale.LongOrdinal(number, gender),
                        "roman" when pre.Length == 0 && post.Length == 0 => Model.Text.RomanNumerals.Lower(number),
                        _ => token.Groups["num"].Value,
                    };
                    builder.Append(rendered);
                }
                else
                {
                    var delimiter = token.Value;
                    var trimmed = delimiter.Trim();
                    builder.Append(trimmed switch
                    {
                        "-" or "–" => variable == "page" ? delimiter : "–",
                        "," => ", ",
                        "&" => " & ",
                        "and" => " and ",
                        _ => delimiter,
                    });
                }
            }

            output = new Output(builder.ToString());
        }

        return Decorate(output, element, state);
    }

    private Output RenderLabel(CslElement element, RenderState state, string? namesVariable)
    {
        var variable = namesVariable ?? element["variable"];
        if (variable is null)
        {
            return Output.Empty;
        }

        var form = element["form"] ?? "long";
        var pluralMode = element["plural"] ?? "contextual";
        string term;
        bool plural;
        if (namesVariable is not null)
        {
            term = variable;
            plural = state.Item.Names.TryGetValue(variable, out var names) && names.Count > 1;
        }
        else if (variable == "locator")
        {
            if (state.Cite is not { Locator.Length: > 0 } cite)
            {
                return Output.Empty;
            }

            term = cite.Label.Length == 0 ? "page" : cite.Label;
            plural = IsPluralNumber(cite.Locator);
        }
        else
        {
            var value = RawVariable(variable, state);
            if (value is null)
            {
                return Output.Empty;
            }

            term = variable;
            plural = variable is "number-of-pages" or "number-of-volumes"
                ? int.TryParse(FirstPage(value), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 1
                : IsPluralNumber(value);
        }

        plural = pluralMode switch
        {
            "always" => true,
            "never" => false,
            _ => plural,
        };
        var text = locale.Term(term, form, plural);
        if (string.IsNullOrEmpty(text))
        {
            return Output.Empty;
        }

        return Decorate(RichText.Parse(text), element, state);
    }

    /// <summary>
    /// Several numbers: joined by a range dash, "&amp;", a comma (also ", and") or "and" — in English or in the
    /// locale's own "and" term ("213, et 235"), as citeproc-js detects plurals (label_PluralWith* fixtures).
    /// </summary>
    private bool IsPluralNumber(string value)
    {
        var and = locale.Term("and");
        if (and is { Length: > 0 } && and != "and")
        {
            value = value.Replace(" " + and + " ", " and ", StringComparison.Ordinal);
        }

        return PluralPattern().IsMatch(value);
    }

    [GeneratedRegex(@"^(?:[A-Za-z]*\d+[A-Za-z]*|[ivxlcdmIVXLCDM]+)(?:\s*(?:-+|–|,|&|and)\s*(?:[A-Za-z]*\d+[A-Za-z]*|[ivxlcdmIVXLCDM]+))*$")]
    private static partial Regex NumericPattern();

    [GeneratedRegex(@"(?<num>(?<pre>[A-Za-z]*)(?<digits>\d+)(?<post>[A-Za-z]*))|\s*(?:-+|–|,|&|and)\s*|.")]
    private static partial Regex NumberToken();

    [GeneratedRegex(@"\d\s*(?:-|–|,(?:\s*(?:and|&))?|&|and)\s*[A-Za-z]*\d")]
    private static partial Regex PluralPattern();

    [GeneratedRegex(@"\d+")]
    private static partial Regex FirstNumber();
}
