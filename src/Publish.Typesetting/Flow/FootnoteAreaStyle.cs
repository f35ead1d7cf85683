using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Flow;

/// <summary>
/// The separator above the notes: <see cref="GapAbove"/> points between the last text line and the rule,
/// a rule of <see cref="RuleWidth"/> × <see cref="RuleThickness"/>, then <see cref="GapBelow"/> before the first note.
/// </summary>
/// <remarks>
/// A note broken across pages is marked twice, at no cost in space, so the page fit never changes:
/// <list type="bullet">
/// <item>its last line on the first page ends with <see cref="ContinuationMark"/> (an arrow) hung in the margin
/// just right of the measure — where the reader runs out of text, like a catchword — because a split note line is
/// justified to the full measure and looks complete;</item>
/// <item>on the next page, whose note area then begins with the rest of that note, the separator rule runs the full
/// measure instead of its short length: the long-standing convention (LaTeX's split-footnote rule, many book houses)
/// saying "this continues a note", so nobody takes the unnumbered lines for the end of an earlier note.</item>
/// </list>
/// A "(continued)" line was rejected: it costs a line of the very space the note ran out of.
/// </remarks>
public sealed record FootnoteAreaStyle(double GapAbove, double RuleWidth, double RuleThickness, double GapBelow, RgbColor RuleColor)
{
    public double SeparatorHeight => GapAbove + RuleThickness + GapBelow;

    /// <summary>Drawn after the last line of a note part that continues on the next page; null draws nothing.</summary>
    public ILineBox? ContinuationMark { get; init; }

    /// <summary>
    /// A right-to-left book's note area starts at the right: the short rule hangs from the measure's right edge and the
    /// continuation mark hangs in the left margin, where a right-to-left line ends.
    /// </summary>
    public bool RightToLeft { get; init; }

    /// <summary>Space between the measure's edge and the <see cref="ContinuationMark"/>.</summary>
    public double ContinuationMarkGap { get; init; } = 3;
}
