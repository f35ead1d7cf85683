namespace Publish.Typesetting.Flow;

/// <summary>A line of a footnote, drawn at <see cref="X"/> with <see cref="Leading"/> points of height.</summary>
public sealed record NoteLine(ILineBox Line, double X, double Leading);
