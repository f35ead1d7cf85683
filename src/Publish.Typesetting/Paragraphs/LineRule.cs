namespace Publish.Typesetting.Paragraphs;

/// <summary>
/// A rule drawn with a line's text (a strike through struck words): from <see cref="X"/> (relative to the line's left
/// edge) <see cref="Width"/> points long, <see cref="Rise"/> points above the baseline, <see cref="Thickness"/> thick.
/// </summary>
public sealed record LineRule(double X, double Width, double Rise, double Thickness);
