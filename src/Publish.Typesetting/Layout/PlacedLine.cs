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

    /// <summary>
    /// A line break is a word space that the line breaker consumed; text read from the tagged structure (screen
    /// readers, reflow, copy) would otherwise run the last word of a line into the first of the next ("thathad").
    /// So a tagged line that does not end in a hyphen gets an invisible space glyph (one the line already uses,
    /// hence present in the font subset) right after its last glyph. It has no outline and lies past the line's
    /// end, so nothing on the page changes.
    /// </summary>
    private static void EndWithSpace(List<FrameItem> items)
    {
        // Plain loops: this runs for every line of the book on the composing thread.
        var last = items.Count - 1;
        while (last >= 0 && items[last] is not GlyphRun { Glyphs.IsEmpty: false })
        {
            last--;
        }

        if (last < 0)
        {
            return;
        }

        var run = (GlyphRun)items[last];
        var end = run.Glyphs[^1];
        if (end.Text.EndsWith(' ') || end.Text.EndsWith('\u00AD') || end.Text.EndsWith('-'))
        {
            return;
        }

        if (SpaceGlyph(items, run.Font) is not { } space)
        {
            return;
        }

        var advance = run.Font.GlyphAdvance(end.GlyphId) * run.Size / run.Font.UnitsPerEm;
        items[last] = run with { Glyphs = run.Glyphs.Add(new PositionedGlyph(space, end.X + advance, end.Y, " ")) };
    }

    /// <summary>The id of a space glyph the line already shows in <paramref name="font"/>, if any.</summary>
    private static ushort? SpaceGlyph(List<FrameItem> items, FontResource font)
    {
        foreach (var item in items)
        {
            if (item is GlyphRun run && ReferenceEquals(run.Font, font))
            {
                foreach (var glyph in run.Glyphs)
                {
                    if (glyph.Text is [' '])
                    {
                        return glyph.GlyphId;
                    }
                }
            }
        }

        return null;
    }

    public IEnumerable<FrameItem> Place(double x, double baseline)
    {
        var items = _line.ToFrameItems(x + Offset, baseline, _color).ToList();
        if (_tag is not null && !_line.Hyphenated)
        {
            EndWithSpace(items);
        }

        foreach (var item in items)
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
