namespace Publish.Typesetting.Paragraphs;

/// <summary>
/// Parameters of total-fit line breaking, TeX's defaults unless said otherwise. Looseness is always 0
/// (the optimum itself). Passes: (1) without added hyphens (explicit hyphens still break) at <see cref="PreTolerance"/>, (2) with it at
/// <see cref="Tolerance"/>, (3) with <see cref="EmergencyStretch"/> added to every line's stretch when rating
/// lines and any badness accepted (a loose line rather than none; past TeX's cap of 10000 a looser line costs more), and, as a last resort, an overfull line.
/// </summary>
public sealed record LineBreakOptions
{
    public static LineBreakOptions Default { get; } = new();

    public LineBreakAlgorithm Algorithm { get; init; } = LineBreakAlgorithm.TotalFit;

    /// <summary>Badness limit of the first pass; negative skips it.</summary>
    public double PreTolerance { get; init; } = 100;

    public double Tolerance { get; init; } = 200;

    /// <summary>Added to each line's demerits before squaring (TeX \linepenalty): favours fewer lines.</summary>
    public double LinePenalty { get; init; } = 10;

    /// <summary>Two hyphenated lines in a row (TeX \doublehyphendemerits).</summary>
    public double AdjacentHyphenDemerits { get; init; } = 10000;

    /// <summary>A hyphen ending the last full line (TeX \finalhyphendemerits).</summary>
    public double FinalHyphenDemerits { get; init; } = 5000;

    /// <summary>Adjacent lines whose fitness classes differ by more than one (TeX \adjdemerits).</summary>
    public double FitnessDemerits { get; init; } = 10000;

    /// <summary>Extra stretch per line in the third pass, in points (TeX \emergencystretch).</summary>
    public double EmergencyStretch { get; init; } = 6;
}
