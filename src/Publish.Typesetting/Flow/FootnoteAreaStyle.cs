using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Flow;

/// <summary>
/// The separator above the notes: <see cref="GapAbove"/> points between the last text line and the rule,
/// a rule of <see cref="RuleWidth"/> × <see cref="RuleThickness"/>, then <see cref="GapBelow"/> before the first note.
/// </summary>
public sealed record FootnoteAreaStyle(double GapAbove, double RuleWidth, double RuleThickness, double GapBelow, RgbColor RuleColor)
{
    public double SeparatorHeight => GapAbove + RuleThickness + GapBelow;
}
