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

    /// <summary>
    /// Flush right, ragged left: set by the layout itself (an epigraph's attribution), not offered to style files,
    /// which would need every edition to honour it for every role.
    /// </summary>
    FlushRight,
}
