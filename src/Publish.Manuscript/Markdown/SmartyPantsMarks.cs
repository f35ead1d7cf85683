using Markdig;
using Markdig.Extensions.SmartyPants;
using Publish.Manuscript.Typography;

namespace Publish.Manuscript.Markdown;

/// <summary>
/// The characters SmartyPants substitutes for one language, taken from that language's <see cref="QuoteStyle"/>
/// (DESIGN.md dialect 3), so the Markdown reader and the legacy reader's <see cref="SmartPunctuation"/> set the
/// same marks: English and Turkish “ ” ‘ ’, German „ “ ‚ ‘, French « » with narrow no-break spaces inside (also when
/// written <c>&lt;&lt; &gt;&gt;</c>) and no-break spaces before ; : ! ? (<see cref="Typography.FrenchSpacing"/>). The apostrophe
/// is ’ in every language. There is one instance per language, and each builds its Markdig pipeline once, on first use.
/// </summary>
internal sealed class SmartyPantsMarks
{
    public const string Apostrophe = "’";

    private static readonly SmartyPantsMarks English = new(QuoteStyle.English);
    private static readonly SmartyPantsMarks German = new(QuoteStyle.German);
    private static readonly SmartyPantsMarks French = new(QuoteStyle.French);

    private static readonly SmartyPantType[] Substituted =
    [
        SmartyPantType.Quote, SmartyPantType.DoubleQuote, SmartyPantType.LeftQuote, SmartyPantType.RightQuote,
        SmartyPantType.LeftDoubleQuote, SmartyPantType.RightDoubleQuote, SmartyPantType.LeftAngleQuote,
        SmartyPantType.RightAngleQuote, SmartyPantType.Ellipsis, SmartyPantType.Dash2, SmartyPantType.Dash3,
    ];

    private readonly QuoteStyle _quotes;

    // A built pipeline is immutable and may parse on several threads at once (Markdig issue #328).
    private readonly Lazy<MarkdownPipeline> _pipeline;

    private SmartyPantsMarks(QuoteStyle quotes)
    {
        _quotes = quotes;
        _pipeline = new Lazy<MarkdownPipeline>(() => MarkdownPipelineFactory.Create(this));
    }

    /// <summary>The Markdig pipeline that parses with these substitutions.</summary>
    public MarkdownPipeline Pipeline => _pipeline.Value;

    public bool IsPipelineBuilt => _pipeline.IsValueCreated;

    /// <summary>The marks for a BCP 47 tag, as <see cref="QuoteStyle.For"/> chooses them.</summary>
    public static SmartyPantsMarks For(string language)
    {
        var quotes = QuoteStyle.For(language);
        return quotes == QuoteStyle.German ? German : quotes == QuoteStyle.French ? French : English;
    }

    /// <summary>The text that replaces a SmartyPants substitution, or null for one these marks do not make.</summary>
    public string? Text(SmartyPantType type) => type switch
    {
        SmartyPantType.Quote => Apostrophe,
        SmartyPantType.DoubleQuote => "\"",
        SmartyPantType.LeftQuote => _quotes.OpenSingle.ToString(),
        SmartyPantType.RightQuote => _quotes.CloseSingle.ToString(),
        SmartyPantType.LeftDoubleQuote => _quotes.OpenDouble + _quotes.InnerSpacing,
        SmartyPantType.RightDoubleQuote => _quotes.InnerSpacing + _quotes.CloseDouble,

        // Written << >>: guillemets in every language, spaced inside as the language spaces its quotes.
        SmartyPantType.LeftAngleQuote => "«" + _quotes.InnerSpacing,
        SmartyPantType.RightAngleQuote => _quotes.InnerSpacing + "»",
        SmartyPantType.Ellipsis => "…",
        SmartyPantType.Dash2 => "–",
        SmartyPantType.Dash3 => "—",
        _ => null,
    };

    /// <summary>
    /// A run of converted text with this language's spaces around punctuation (French only);
    /// <paramref name="previous"/> is what comes before it in the paragraph (<see cref="FrenchSpacing.Apply"/>).
    /// </summary>
    public string Spaced(string text, char previous = '\0') => _quotes.SpacesPunctuation ? FrenchSpacing.Apply(text, previous) : text;

    public SmartyPantOptions ToOptions()
    {
        var options = new SmartyPantOptions();
        foreach (var type in Substituted)
        {
            options.Mapping[type] = Text(type)!;
        }

        return options;
    }
}
