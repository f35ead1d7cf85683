namespace Publish.Typesetting.Flow;

/// <summary>
/// How the composer makes up pages. <see cref="LineHeight"/> is the body text's leading: the text block holds a whole
/// number of such lines, and a page's shortness is weighed in lines. With <see cref="FlushBottom"/> the text of a full
/// page without notes ends on the block's last baseline: what a break left short is spread over the space between
/// blocks (TeX's <c>\flushbottom</c>: glue between paragraphs, headings and figures stretches, lines never part),
/// each space growing by at most <see cref="MaximumStretch"/> times its own height.
/// </summary>
public sealed record PageMakeUp(double LineHeight, bool FlushBottom)
{
    /// <summary>No flushing; pages weighed in 14 pt lines.</summary>
    public static PageMakeUp Ragged { get; } = new(14, FlushBottom: false);

    public double MaximumStretch { get; init; } = 1.5;

    /// <summary>
    /// Every line of <see cref="LineHeight"/> leading starts a whole number of line heights below the text block's top,
    /// so body baselines fall on one grid on every page; what comes between body lines is rounded up to the grid.
    /// </summary>
    public bool BaselineGrid { get; init; }

    /// <summary>
    /// A page whose notes continue on the next page keeps at least this many body lines above them: a note is split
    /// sooner rather than leave one line of text over a page of note (TeX weighs the same with <c>\interfootnotelinepenalty</c>).
    /// </summary>
    public int BodyLinesAboveContinuedNote { get; init; } = 4;
}
