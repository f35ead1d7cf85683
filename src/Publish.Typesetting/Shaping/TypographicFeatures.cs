namespace Publish.Typesetting.Shaping;

/// <summary>OpenType features switched on for a run, on top of the defaults (kerning, standard ligatures).</summary>
[Flags]
public enum TypographicFeatures
{
    None = 0,

    /// <summary><c>smcp</c>.</summary>
    SmallCaps = 1,

    /// <summary><c>onum</c>.</summary>
    OldStyleFigures = 2,

    /// <summary><c>lnum</c>.</summary>
    LiningFigures = 4,

    /// <summary>Note markers and <c>x^2^</c>: <c>sups</c> when the face has superior forms of every glyph, else a smaller size on a raised baseline.</summary>
    Superscript = 8,

    /// <summary><c>H~2~O</c>: <c>subs</c> when the face has inferior forms of every glyph, else a smaller size on a lowered baseline.</summary>
    Subscript = 16,

    /// <summary>
    /// Display type: runs of three or more capitals are letterspaced (<see cref="HarfBuzzShaper.CapitalsTracking"/>);
    /// the flattener keeps the flag only on such runs.
    /// </summary>
    LetterSpacedCapitals = 32,
}
