namespace Publish.Styles;

/// <summary>
/// Margins in points, measured from the trim edge. <see cref="Inner"/> is the binding side (left on odd
/// pages, right on even pages); a single-sided style sets inner = outer.
/// </summary>
public sealed record PageMargins(double Top, double Bottom, double Inner, double Outer);
