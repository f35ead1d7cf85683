namespace Publish.Styles;

/// <summary>
/// The printed page in points: trim size (the finished page), margins inside it, and bleed outside it
/// (0 unless something prints to the edge). Invariant (checked by the loader): the text area is at
/// least one inch wide and one inch high.
/// </summary>
public sealed record PageGeometry(double TrimWidth, double TrimHeight, PageMargins Margins, double Bleed)
{
    public double TextWidth => TrimWidth - Margins.Inner - Margins.Outer;

    public double TextHeight => TrimHeight - Margins.Top - Margins.Bottom;

    /// <summary>MediaBox size: the trim box grown by the bleed on every side.</summary>
    public double MediaWidth => TrimWidth + (2 * Bleed);

    public double MediaHeight => TrimHeight + (2 * Bleed);
}
