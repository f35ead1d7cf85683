namespace Publish.Typesetting.Paragraphs;

/// <summary>
/// One item of Knuth and Plass's box/glue/penalty model, widths in points. <see cref="FilStretch"/> is
/// infinitely stretchable glue (the paragraph's last line, a forced break): a line holding any is set at
/// natural spacing. <see cref="Content"/> indexes the caller's own table (what to draw for a box or glue); -1 = nothing.
/// </summary>
public readonly record struct BreakItem(
    BreakItemKind Kind,
    double Width,
    double Stretch,
    double Shrink,
    double Penalty,
    bool Flagged,
    bool FilStretch,
    int Content)
{
    /// <summary>Penalties at or above this never break; at or below <see cref="ForcedBreak"/> always break.</summary>
    public const double Infinite = 10000;

    public const double ForcedBreak = -10000;

    public static BreakItem Box(double width, int content = -1) => new(BreakItemKind.Box, width, 0, 0, 0, false, false, content);

    public static BreakItem Glue(double width, double stretch, double shrink, int content = -1) =>
        new(BreakItemKind.Glue, width, stretch, shrink, 0, false, false, content);

    public static BreakItem FilGlue() => new(BreakItemKind.Glue, 0, 0, 0, 0, false, true, -1);

    public static BreakItem PenaltyItem(double width, double penalty, bool flagged = false, int content = -1) =>
        new(BreakItemKind.Penalty, width, 0, 0, penalty, flagged, false, content);
}
