namespace Publish.Styles;

/// <summary>
/// Microtypography of justified text (the style's <c>microtype:</c> key), after pdfTeX's <c>\pdfprotrudechars=2</c> and
/// <c>\pdfadjustspacing=2</c> as the LaTeX microtype package sets them up. <see cref="Protrusion"/> hangs punctuation
/// and a few round or slanted letters partly into the margins so the edges look straight (Bringhurst §2.3: "hanging
/// punctuation"); the line breaker counts the room this gives. <see cref="Stretch"/> and <see cref="Shrink"/> are how
/// far each line's glyphs may be widened or narrowed (fractions: 0.02 = 2 %, microtype's stretch=20 and shrink=20), so
/// a line takes part of its slack in the letters instead of the word spaces; 0 turns that direction off. They are
/// limits of their own, as microtype's are, because the eye forgives them unequally: a narrowed line is darker than its
/// neighbours before a widened one looks wider-set.
/// </summary>
public sealed record MicrotypeSettings
{
    /// <summary>The largest expansion a style may ask for: beyond ±5 % letters visibly change shape (microtype caps at 1000 = 100 %, but warns past 5 %).</summary>
    public const double MaximumExpansion = 0.05;

    public bool Protrusion { get; init; } = true;

    /// <summary>How much wider than natural a line's letters may be drawn (0.04 = 4 %).</summary>
    public double Stretch { get; init; }

    /// <summary>How much narrower than natural a line's letters may be drawn (0.02 = 2 %).</summary>
    public double Shrink { get; init; }

    /// <summary>
    /// Both limits at once (the style's <c>microtype.expansion</c>, which <c>stretch</c> and <c>shrink</c> refine); read,
    /// the larger of the two, so a positive value means the letters take part in justifying.
    /// </summary>
    public double Expansion
    {
        get => Math.Max(Stretch, Shrink);
        init => (Stretch, Shrink) = (value, value);
    }
}
