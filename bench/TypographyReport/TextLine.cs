namespace TypographyReport;

/// <summary>
/// One printed line: the letters sharing a baseline (raised note markers folded in), its extent, its main size and
/// face, and the gaps between its words (in points, from one word's advance end to the next word's start).
/// </summary>
internal sealed record TextLine(
    int Page,
    double Baseline,
    double Left,
    double Right,
    double Size,
    bool Bold,
    string Text,
    IReadOnlyList<double> Gaps)
{
    public LineKind Kind { get; set; }

    /// <summary>The word count is one more than the gaps between words.</summary>
    public int WordCount => Gaps.Count + 1;

    /// <summary>A hyphen added at a break or an explicit one (hyphen-minus, U+2010 hyphen, soft hyphen).</summary>
    public bool EndsInHyphen => Text.Length > 1 && Text[^1] is '-' or '\u2010' or '\u00AD' && char.IsLetterOrDigit(Text[^2]);

    /// <summary>A hyphen the text layer marks as added at the break (U+00AD, SOFT HYPHEN), after a letter or digit.</summary>
    public bool EndsInSoftHyphen => Text.Length > 1 && Text[^1] == '\u00AD' && char.IsLetterOrDigit(Text[^2]);
}
