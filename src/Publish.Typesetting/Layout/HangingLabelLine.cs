using Publish.Typesetting.Flow;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Layout;

/// <summary>
/// A list item's first line with its label hung <paramref name="labelShift"/> points from it (negative: to its left), on the
/// same baseline. The label's items come first, so text read in content order reads "1. item".
/// </summary>
internal sealed class HangingLabelLine(ILineBox text, ILineBox label, double labelShift) : ILineBox
{
    public double Width => text.Width;

    public double Ascent => Math.Max(text.Ascent, label.Ascent);

    public double Descent => Math.Max(text.Descent, label.Descent);

    public IEnumerable<FrameItem> Place(double x, double baseline) =>
        label.Place(x + labelShift, baseline).Concat(text.Place(x, baseline));
}
