using Publish.Typesetting.Flow;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Tests.Flow;

/// <summary>A line that draws only a named destination at its baseline, so tests can find where it went.</summary>
internal sealed record FakeLine(string Name, double Ascent = 9, double Descent = 3, double Width = 100) : ILineBox
{
    public IEnumerable<FrameItem> Place(double x, double baseline) => [new DestinationItem(Name, x, baseline)];
}
