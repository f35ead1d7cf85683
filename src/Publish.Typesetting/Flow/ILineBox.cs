using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Flow;

/// <summary>
/// A set line as page composition sees it: its extent above and below the baseline and how to draw it.
/// The composer never looks inside a line; the line-breaking stage implements this.
/// </summary>
public interface ILineBox
{
    /// <summary>Natural width of the line's content, in points (for centring and right alignment).</summary>
    double Width { get; }

    /// <summary>Height above the baseline, in points (positive).</summary>
    double Ascent { get; }

    /// <summary>Depth below the baseline, in points (positive).</summary>
    double Descent { get; }

    /// <summary>The frame items of the line with its left edge at <paramref name="x"/> and its baseline at <paramref name="baseline"/>.</summary>
    IEnumerable<FrameItem> Place(double x, double baseline);
}
