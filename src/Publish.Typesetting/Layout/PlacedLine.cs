using System.Collections.Immutable;
using Publish.Typesetting.Flow;
using Publish.Typesetting.Frames;
using Publish.Typesetting.Inline;

namespace Publish.Typesetting.Layout;

/// <summary>
/// A <see cref="TypesetLine"/> as page composition sees it: coloured, shifted by <see cref="Offset"/> within
/// its column (centring), with extra items drawn with it (a note's destination and back-link). With a
/// <see cref="StructureTag"/> its items belong to that structure element; without one they are artifacts.
/// </summary>
internal sealed class PlacedLine : ILineBox
{
    private readonly TypesetLine _line;
    private readonly RgbColor _color;
    private readonly ImmutableArray<Func<double, double, FrameItem>> _extras;
    private readonly StructureTag? _tag;

    public PlacedLine(TypesetLine line, RgbColor color, double offset = 0, ImmutableArray<Func<double, double, FrameItem>> extras = default, StructureTag? tag = null)
    {
        _line = line;
        _color = color;
        Offset = offset;
        _extras = extras.IsDefault ? [] : extras;
        _tag = tag;
    }

    public double Offset { get; }

    public TypesetLine Line => _line;

    public double Width => _line.Width;

    public double Ascent => _line.Ascent;

    public double Descent => _line.Descent;

    public IEnumerable<FrameItem> Place(double x, double baseline)
    {
        foreach (var item in _line.ToFrameItems(x + Offset, baseline, _color))
        {
            yield return _tag?.Apply(item) ?? item;
        }

        foreach (var extra in _extras)
        {
            var item = extra(x + Offset, baseline - _line.Ascent);
            yield return _tag?.Apply(item) ?? item;
        }
    }
}
