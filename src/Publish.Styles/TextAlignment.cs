namespace Publish.Styles;

/// <summary>How lines of a paragraph sit between the margins.</summary>
public enum TextAlignment
{
    /// <summary>Both edges flush; the last line of a paragraph is flush left.</summary>
    Justified,

    /// <summary>Flush left, ragged right.</summary>
    Ragged,

    /// <summary>Every line centred (titles, captions, footers).</summary>
    Centered,
}
