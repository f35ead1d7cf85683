using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Flow;

/// <summary>
/// Something page composition places whole, <see cref="Height"/> points tall (a table row, a table's header repeated):
/// it never looks inside; the layout stage that built it implements this.
/// </summary>
public interface IBlockBox
{
    double Height { get; }

    /// <summary>The frame items with the box's top-left corner at (<paramref name="x"/>, <paramref name="top"/>).</summary>
    IEnumerable<FrameItem> Place(double x, double top);
}
