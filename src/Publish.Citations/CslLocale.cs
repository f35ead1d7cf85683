using System.Xml.Linq;

namespace Publish.Citations;

/// <summary>
/// One CSL locale (a locale file or a style's inline <c>&lt;locale&gt;</c>): terms, date formats and the locale
/// options (CSL 1.0.2 §Locale Files).
/// </summary>
internal sealed class CslLocale
{
    public CslLocale(string? language) => Language = language;

    /// <summary>The xml:lang this locale is for, or null for a style locale that applies to every language.</summary>
    public string? Language { get; }

    /// <summary>Terms in document order (several may share a name: ordinals with gender forms).</summary>
    public List<CslTerm> Terms { get; } = [];

    /// <summary>Localized date formats by form ("text", "numeric").</summary>
    public Dictionary<string, CslElement> Dates { get; } = new(StringComparer.Ordinal);

    public bool? PunctuationInQuote { get; set; }

    public bool? LimitDayOrdinalsToDay1 { get; set; }

    /// <summary>Parses a <c>&lt;locale&gt;</c> element, from a locale file or inside a style.</summary>
    public static CslLocale Parse(XElement locale)
    {
        var xmlLang = locale.Attribute(XNamespace.Xml + "lang")?.Value;
        var result = new CslLocale(string.IsNullOrEmpty(xmlLang) ? null : xmlLang);
        foreach (var element in locale.Elements())
        {
            switch (element.Name.LocalName)
            {
                case "style-options":
                    var piq = element.Attribute("punctuation-in-quote")?.Value;
                    if (piq is not null)
                    {
                        result.PunctuationInQuote = piq == "true";
                    }

                    var limit = element.Attribute("limit-day-ordinals-to-day-1")?.Value;
                    if (limit is not null)
                    {
                        result.LimitDayOrdinalsToDay1 = limit == "true";
                    }

                    break;
                case "date":
                    var form = element.Attribute("form")?.Value ?? "text";
                    result.Dates[form] = CslElement.From(element);
                    break;
                case "terms":
                    foreach (var term in element.Elements())
                    {
                        result.Terms.Add(ParseTerm(term));
                    }

                    break;
            }
        }

        return result;
    }

    private static CslTerm ParseTerm(XElement term)
    {
        var name = term.Attribute("name")?.Value ?? string.Empty;
        var form = term.Attribute("form")?.Value ?? "long";
        var single = term.Elements().FirstOrDefault(e => e.Name.LocalName == "single");
        var multiple = term.Elements().FirstOrDefault(e => e.Name.LocalName == "multiple");
        string singleText;
        string multipleText;
        if (single is not null || multiple is not null)
        {
            singleText = single?.Value ?? multiple?.Value ?? string.Empty;
            multipleText = multiple?.Value ?? singleText;
        }
        else
        {
            singleText = term.Value;
            multipleText = term.Value;
        }

        return new CslTerm(name, form, singleText, multipleText, term.Attribute("gender")?.Value, term.Attribute("gender-form")?.Value, term.Attribute("match")?.Value);
    }
}
