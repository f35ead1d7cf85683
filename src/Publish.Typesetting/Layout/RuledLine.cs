using Publish.Typesetting.Flow;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Layout;

/// <summary>
/// The first or last line of a ruled box, drawing the box's rule <paramref name="padding"/> above or below its line box
/// (of <paramref name="leading"/>, centred on the baseline as page composition places it). The rule runs from
/// <paramref name="left"/> (relative to the line's x) across <paramref name="width"/>; drawn with the line, it is on the page of
/// the text it bounds. Rules are not tagged, so they are artifacts (PDF/UA-1 §7.1: decoration is not content).
/// </summary>
internal sealed class RuledLine(ILineBox line, double leading, double left, double width, double thickness, RgbColor color, double padding, bool above, bool below) : ILineBox
{
    public double Width => line.Width;

    public double Ascent => line.Ascent;

    public double Descent => line.Descent;

    public IEnumerable<FrameItem> Place(double x, double baseline)
    {
        var items = line.Place(x, baseline).ToList();
        var top = baseline - ((leading + line.Ascent - line.Descent) / 2);
        if (above)
        {
            var y = top - padding - (thickness / 2);
            items.Add(new RuleItem(x + left, y, x + left + width, y, thickness, color));
        }

        if (below)
        {
            var y = top + leading + padding + (thickness / 2);
            items.Add(new RuleItem(x + left, y, x + left + width, y, thickness, color));
        }

        return items;
    }
}
