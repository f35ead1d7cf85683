namespace Publish.Styles;

/// <summary>
/// Microtypography of justified text (the style's <c>microtype:</c> key), after pdfTeX's <c>\pdfprotrudechars=2</c> and
/// <c>\pdfadjustspacing=2</c> as the LaTeX microtype package sets them up. <see cref="Protrusion"/> hangs punctuation
/// and a few round or slanted letters partly into the margins so the edges look straight (Bringhurst §2.3: "hanging
/// punctuation"); the line breaker counts the room this gives. <see cref="Expansion"/> is how far each line's glyphs
/// may be widened or narrowed (a fraction: 0.02 = ±2 %, microtype's stretch=20/shrink=20), so a line takes part of
/// its slack in the letters instead of the word spaces; 0 turns it off.
/// </summary>
public sealed record MicrotypeSettings
{
    /// <summary>The largest expansion a style may ask for: beyond ±5 % letters visibly change shape (microtype caps at 1000 = 100 %, but warns past 5 %).</summary>
    public const double MaximumExpansion = 0.05;

    public bool Protrusion { get; init; } = true;

    public double Expansion { get; init; }
}
