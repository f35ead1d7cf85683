namespace Publish.Typesetting.Frames;

/// <summary>A straight line (footnote separator, footer rule), from (X1,Y1) to (X2,Y2).</summary>
public sealed record RuleItem(double X1, double Y1, double X2, double Y2, double Thickness, RgbColor Color) : FrameItem;
