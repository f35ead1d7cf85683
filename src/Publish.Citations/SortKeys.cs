using System.Globalization;
using System.Text;

namespace Publish.Citations;

/// <summary>
/// Sort keys of a <c>&lt;sort&gt;</c> element for items (CSL 1.0.2 §Sorting): variables and macros, ascending or
/// descending, empty keys last, strings compared with the locale's collation (Turkish: Ç after C, ı before i).
/// </summary>
internal sealed class SortKeys
{
    private readonly Renderer renderer;
    private readonly CslElement sort;
    private readonly CompareInfo collation;

    public SortKeys(Renderer renderer, CslElement sort)
    {
        this.renderer = renderer;
        this.sort = sort;
        collation = renderer.Locale.Culture.CompareInfo;
    }

    public List<string?> Keys(CslItem item, Cite? cite, int citationNumber, bool bibliography, string yearSuffix = "")
    {
        var keys = new List<string?>();
        foreach (var key in sort.ChildrenNamed("key"))
        {
            var state = new RenderState(item, cite, bibliography)
            {
                SortKey = true,
                CitationNumber = citationNumber,
                YearSuffix = yearSuffix,
                SortNamesMin = ParseInt(key["names-min"]),
                SortNamesUseFirst = ParseInt(key["names-use-first"]),
                SortNamesUseLast = key["names-use-last"] is { } last ? last == "true" : null,
            };
            string? value;
            if (key["variable"] is { } variable)
            {
                value = VariableKey(item, variable, citationNumber);
            }
            else if (key["macro"] is { } macro && renderer.Style.Macros.TryGetValue(macro, out var body))
            {
                var output = renderer.RenderChildren(body, state);
                value = output.IsEmpty ? null : Plain(output);
            }
            else
            {
                value = null;
            }

            keys.Add(string.IsNullOrEmpty(value) ? null : value);
        }

        return keys;
    }

    public int Compare(List<string?> a, List<string?> b)
    {
        var keyElements = sort.ChildrenNamed("key").ToList();
        for (var i = 0; i < a.Count; i++)
        {
            var x = a[i];
            var y = b[i];
            if (x is null && y is null)
            {
                continue;
            }

            // Empty keys sort last, ascending or descending.
            if (x is null)
            {
                return 1;
            }

            if (y is null)
            {
                return -1;
            }

            var result = CompareValues(x, y);
            if (result != 0)
            {
                return keyElements[i]["sort"] == "descending" ? -result : result;
            }
        }

        return 0;
    }

    private int CompareValues(string x, string y)
    {
        if (x.Length > 0 && y.Length > 0 && x[0] == '\u0001' && y[0] == '\u0001')
        {
            return string.CompareOrdinal(x, y);
        }

        var result = collation.Compare(x, y, CompareOptions.IgnoreCase);
        return result != 0 ? result : collation.Compare(x, y, CompareOptions.None);
    }

    private static int? ParseInt(string? text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private string? VariableKey(CslItem item, string variable, int citationNumber)
    {
        if (variable == "citation-number")
        {
            return Numeric(citationNumber);
        }

        if (item.Names.TryGetValue(variable, out var names) && names.Count > 0)
        {
            return string.Join("  ", names.Select(NameKey));
        }

        if (item.Dates.TryGetValue(variable, out var date))
        {
            return DateKey(date);
        }

        var value = item.Get(variable);
        if (value is null)
        {
            return null;
        }

        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return Numeric(number);
        }

        return Plain(RichText.Parse(value));
    }

    /// <summary>A numeric key that sorts by value under ordinal comparison (marked so strings never mix in).</summary>
    internal static string Numeric(long number) => "\u0001" + (number + 1_000_000_000L).ToString("D12", CultureInfo.InvariantCulture);

    internal static string? DateKey(CslDate date)
    {
        if (date.Parts.Count == 0)
        {
            return date.Literal.Length > 0 ? date.Literal : null;
        }

        var builder = new StringBuilder("\u0001");
        foreach (var (year, month, day) in date.Parts.Take(2))
        {
            builder.Append((year + 100000).ToString("D6", CultureInfo.InvariantCulture))
                .Append(month.ToString("D2", CultureInfo.InvariantCulture))
                .Append(day.ToString("D2", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    private string NameKey(CslName name)
    {
        if (name.IsLiteral)
        {
            return StripLeading(name.Literal);
        }

        // With demote-non-dropping-particle="never" the particle sorts with the family name ("van Roe" under v).
        var particleFirst = renderer.DemoteNonDroppingParticle == "never" && name.NonDroppingParticle.Length > 0;
        var builder = new StringBuilder();
        builder.Append(particleFirst ? name.NonDroppingParticle + " " + name.Family : name.Family);
        var particle = particleFirst ? string.Empty : name.NonDroppingParticle;
        if (name.Given.Length > 0 || name.DroppingParticle.Length > 0 || particle.Length > 0)
        {
            builder.Append(' ').Append(name.DroppingParticle).Append(name.DroppingParticle.Length > 0 ? " " : string.Empty)
                .Append(particle).Append(particle.Length > 0 ? " " : string.Empty).Append(name.Given);
        }

        if (name.Suffix.Length > 0)
        {
            builder.Append(' ').Append(name.Suffix);
        }

        return StripLeading(builder.ToString().Trim());
    }

    /// <summary>Rendered text as a sort key: double quotation marks and commas do not take part (citeproc-js; sort_Quotes).</summary>
    private static string Plain(Output output) => StripLeading(RemoveQuotesAndCommas(output.Plain()));

    private static string RemoveQuotesAndCommas(string text) =>
        text.IndexOfAny(['“', '”', '"', '«', '»', ',']) < 0 ? text : new string(text.Where(c => c is not ('“' or '”' or '"' or '«' or '»' or ',')).ToArray());

    /// <summary>Quotes, brackets and other marks before the first letter do not take part in sorting.</summary>
    private static string StripLeading(string text)
    {
        if (text.Length > 0 && text[0] == '\u0001')
        {
            return text;
        }

        var start = 0;
        while (start < text.Length && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        return text[start..];
    }
}
