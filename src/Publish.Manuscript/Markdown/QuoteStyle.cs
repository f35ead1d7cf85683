using Markdig.Extensions.SmartyPants;

namespace Publish.Manuscript.Markdown;

/// <summary>
/// The typographic characters SmartyPants substitutes, by document language (DESIGN.md dialect 3): English and
/// Turkish “ ” ‘ ’, German „ “ ‚ ‘, French « » with no-break spaces inside. The apostrophe is ’ in every language.
/// </summary>
internal sealed class QuoteStyle
{
    private const char NoBreakSpace = '\u00A0';

    private QuoteStyle(string leftDouble, string rightDouble, string leftSingle, string rightSingle)
    {
        Mapping = new Dictionary<SmartyPantType, string>
        {
            [SmartyPantType.Quote] = Apostrophe,
            [SmartyPantType.DoubleQuote] = "\"",
            [SmartyPantType.LeftQuote] = leftSingle,
            [SmartyPantType.RightQuote] = rightSingle,
            [SmartyPantType.LeftDoubleQuote] = leftDouble,
            [SmartyPantType.RightDoubleQuote] = rightDouble,
            [SmartyPantType.LeftAngleQuote] = "«",
            [SmartyPantType.RightAngleQuote] = "»",
            [SmartyPantType.Ellipsis] = "…",
            [SmartyPantType.Dash2] = "–",
            [SmartyPantType.Dash3] = "—",
        };
    }

    public const string Apostrophe = "’";

    public IReadOnlyDictionary<SmartyPantType, string> Mapping { get; }

    /// <summary>The style for a BCP 47 tag; only the primary language subtag matters, unknown ones read as English.</summary>
    public static QuoteStyle For(string language)
    {
        var primary = language.Split('-', '_')[0].ToLowerInvariant();
        return primary switch
        {
            "de" => new QuoteStyle("„", "“", "‚", "‘"),
            "fr" => new QuoteStyle("«" + NoBreakSpace, NoBreakSpace + "»", "“", "”"),
            _ => new QuoteStyle("“", "”", "‘", "’"),
        };
    }

    public SmartyPantOptions ToOptions()
    {
        var options = new SmartyPantOptions();
        foreach (var (type, text) in Mapping)
        {
            options.Mapping[type] = text;
        }

        return options;
    }
}
