namespace Publish.Manuscript.Typography;

/// <summary>
/// The quotation marks of one language. <see cref="InnerSpacing"/> is the space set inside the marks
/// (a no-break space in French, none elsewhere); it is glued so a line never starts with a closing mark.
/// </summary>
internal sealed record QuoteStyle(char OpenDouble, char CloseDouble, char OpenSingle, char CloseSingle, string InnerSpacing)
{
    public const char Apostrophe = '\u2019';

    /// <summary>
    /// Whether the language also spaces its punctuation (<see cref="FrenchSpacing"/>): only French sets spaces
    /// inside its quotes, and it is the one that sets them before ; : ! ? too.
    /// </summary>
    public bool SpacesPunctuation => InnerSpacing.Length > 0;

    /// <summary>English (and Turkish, which uses the same marks): “ ” ‘ ’.</summary>
    public static QuoteStyle English { get; } = new('\u201C', '\u201D', '\u2018', '\u2019', string.Empty);

    /// <summary>German: „ “ ‚ ‘.</summary>
    public static QuoteStyle German { get; } = new('\u201E', '\u201C', '\u201A', '\u2018', string.Empty);

    /// <summary>French: « » with narrow no-break spaces inside (<see cref="FrenchSpacing"/>); inner quotes “ ” (Imprimerie nationale usage).</summary>
    public static QuoteStyle French { get; } = new('\u00AB', '\u00BB', '\u201C', '\u201D', "\u202F");

    /// <summary>The style for a BCP 47 tag; only the primary subtag counts (<c>de-AT</c> is German). Unknown → English.</summary>
    public static QuoteStyle For(string? language)
    {
        var primary = (language ?? string.Empty).Split('-', '_')[0];
        return primary.ToUpperInvariant() switch
        {
            "DE" => German,
            "FR" => French,
            _ => English,
        };
    }
}
