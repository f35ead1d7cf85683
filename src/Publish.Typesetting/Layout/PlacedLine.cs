using System.Collections.Immutable;
using Publish.Typesetting.Flow;
using Publish.Typesetting.Frames;
using Publish.Typesetting.Paragraphs;

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

    public RgbColor Color => _color;

    public TypesetLine Line => _line;

    public double Width => _line.Width;

    public double Ascent => _line.Ascent;

    public double Descent => _line.Descent;

    /// <summary>
    /// The line's items; a tagged line that does not end in a hyphen shows its word space
    /// (<see cref="TypesetLine.EndsWithWordSpace"/>), so text read from the structure keeps the words apart.
    /// </summary>
    public IEnumerable<FrameItem> Place(double x, double baseline)
    {
        var withWordSpace = _tag is not null && !_line.Hyphenated;
        var items = _line.ToFrameItems(x + Offset, baseline, _color, withWordSpace);
        foreach (var extra in _extras)
        {
            items.Add(extra(x + Offset, baseline - _line.Ascent));
        }

        if (_tag is not null)
        {
            for (var i = 0; i < items.Count; i++)
            {
                items[i] = _tag.Apply(items[i], LineSpans.Of(_line, i));
            }

            SplitWordSpace(items, withWordSpace);
        }

        return items;
    }

    /// <summary>
    /// The word space that ends the line belongs to the paragraph, not to a link or note marker that ends the line
    /// before it (a Reference reading "2 "): it becomes a one-glyph run of the paragraph's element after that run.
    /// </summary>
    private void SplitWordSpace(List<FrameItem> items, bool withWordSpace)
    {
        var runs = _line.Runs.Length;
        if (!withWordSpace || !_line.EndsWithWordSpace || runs == 0 || _line.Runs[^1].Span.Kind == InlineSpanKind.None)
        {
            return;
        }

        var run = (GlyphRun)items[runs - 1];
        var space = run.Glyphs[^1];
        items[runs - 1] = run with { Glyphs = _line.Runs[^1].Glyphs };
        items.Insert(runs, run with { Glyphs = PositionedGlyphs.Create([space]), StructureId = _tag!.ElementId });
    }
}
