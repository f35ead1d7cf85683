namespace Publish.Styles;

/// <summary>
/// How tables are set in print (the style's <c>tables:</c> key). <see cref="SizeRatio"/> scales the body text for
/// cells (tables are conventionally set a step smaller than the text); <see cref="Wide"/> says what happens to a
/// table whose columns, at their narrowest (the widest word of each), are wider than the measure;
/// <see cref="MinimumSizeRatio"/> is how far <see cref="TableWideMode.Shrink"/> may go (a share of the body size);
/// <see cref="Rules"/> draws the booktabs rules (above the table, under its header, below it; never vertical ones).
/// </summary>
public sealed record TableStyle
{
    public double SizeRatio { get; init; } = 0.9;

    public TableWideMode Wide { get; init; } = TableWideMode.Shrink;

    public double MinimumSizeRatio { get; init; } = 0.7;

    public bool Rules { get; init; } = true;
}
