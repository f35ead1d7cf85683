namespace Publish.Typesetting.Bidi;

/// <summary>A maximal stretch of one line at one embedding level; odd levels run right to left.</summary>
/// <param name="Start">Index of the run's first UTF-16 code unit in the paragraph text.</param>
/// <param name="Length">Number of UTF-16 code units.</param>
/// <param name="Level">The resolved embedding level (UAX #9); odd means right to left.</param>
public readonly record struct BidiRun(int Start, int Length, byte Level)
{
    public bool IsRightToLeft => (Level & 1) == 1;
}
