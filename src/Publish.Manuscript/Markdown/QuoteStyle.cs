using Markdig;
using Markdig.Extensions.SmartyPants;

namespace Publish.Manuscript.Markdown;

/// <summary>
/// The typographic characters SmartyPants substitutes, by document language (DESIGN.md dialect 3): English and
/// Turkish “ ” ‘ ’, German „ “ ‚ ‘, French « » with no-break spaces inside (also when written <c>&lt;&lt; &gt;&gt;</c>)
/// and before ; : ! ? (<see cref="Typography.FrenchSpacing"/>). The apostrophe is ’ in every language.
/// There is one instance per style, and each builds its Markdig pipeline once, on first use.
/// </summary>
internal sealed class QuoteStyle
{
    public const string Apostrophe = "’";

    private const char NoBreakSpace = '\u00A0';

    private static readonly QuoteStyle English = new("“", "”", "‘", "’", "«", "»", frenchSpacing: false);
    private static readonly QuoteStyle German = new("„", "“", "‚", "‘", "«", "»", frenchSpacing: false);
    private static readonly QuoteStyle French = new("«" + NoBreakSpace, NoBreakSpace + "»", "“", "”", "«" + NoBreakSpace, NoBreakSpace + "»", frenchSpacing: true);

    private static readonly SmartyPantType[] Substituted =
    [
        SmartyPantType.Quote, SmartyPantType.DoubleQuote, SmartyPantType.LeftQuote, SmartyPantType.RightQuote,
        SmartyPantType.LeftDoubleQuote, SmartyPantType.RightDoubleQuote, SmartyPantType.LeftAngleQuote,
        SmartyPantType.RightAngleQuote, SmartyPantType.Ellipsis, SmartyPantType.Dash2, SmartyPantType.Dash3,
    ];

    private readonly string _leftDouble;
    private readonly string _rightDouble;
    private readonly string _leftSingle;
    private readonly string _rightSingle;
    private readonly string _leftAngle;
    private readonly string _rightAngle;
    private readonly bool _frenchSpacing;

    // A built pipeline is immutable and may parse on several threads at once (Markdig issue #328).
    private readonly Lazy<MarkdownPipeline> _pipeline;

    private QuoteStyle(string leftDouble, string rightDouble, string leftSingle, string rightSingle, string leftAngle, string rightAngle, bool frenchSpacing)
    {
        _leftAngle = leftAngle;
        _rightAngle = rightAngle;
        _frenchSpacing = frenchSpacing;
        _leftDouble = leftDouble;
        _rightDouble = rightDouble;
        _leftSingle = leftSingle;
        _rightSingle = rightSingle;
        _pipeline = new Lazy<MarkdownPipeline>(() => MarkdownPipelineFactory.Create(this));
    }

    /// <summary>The Markdig pipeline that parses with this style's SmartyPants substitutions.</summary>
    public MarkdownPipeline Pipeline => _pipeline.Value;

    public bool IsPipelineBuilt => _pipeline.IsValueCreated;

    /// <summary>The style for a BCP 47 tag; only the primary language subtag matters, unknown ones read as English.</summary>
    public static QuoteStyle For(string language)
    {
        var primary = language.Split('-', '_')[0].ToLowerInvariant();
        return primary switch
        {
            "de" => German,
            "fr" => French,
            _ => English,
        };
    }

    /// <summary>The text that replaces a SmartyPants substitution, or null for one this style does not make.</summary>
    public string? Text(SmartyPantType type) => type switch
    {
        SmartyPantType.Quote => Apostrophe,
        SmartyPantType.DoubleQuote => "\"",
        SmartyPantType.LeftQuote => _leftSingle,
        SmartyPantType.RightQuote => _rightSingle,
        SmartyPantType.LeftDoubleQuote => _leftDouble,
        SmartyPantType.RightDoubleQuote => _rightDouble,
        SmartyPantType.LeftAngleQuote => _leftAngle,
        SmartyPantType.RightAngleQuote => _rightAngle,
        SmartyPantType.Ellipsis => "…",
        SmartyPantType.Dash2 => "–",
        SmartyPantType.Dash3 => "—",
        _ => null,
    };

    /// <summary>A run of converted text with this language's spaces around punctuation (French only).</summary>
    public string Spaced(string text) => _frenchSpacing ? Typography.FrenchSpacing.Apply(text) : text;

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
