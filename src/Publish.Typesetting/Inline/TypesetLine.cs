using System.Collections.Immutable;
using System.Globalization;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Inline;

/// <summary>
/// One set line, as a value independent of where it will go: everything is relative to the line's left edge
/// and baseline, so page composition only chooses (x, baseline). <see cref="Width"/> is the width actually
/// occupied (the measure for a justified line; shorter for a last or ragged line). <see cref="Ascent"/> and
/// <see cref="Descent"/> are positive distances from the baseline. <see cref="AdjustmentRatio"/> and
/// <see cref="Badness"/> are Knuth's, for quality reports (0 for a line set at natural spacing).
/// </summary>
public sealed record TypesetLine(
    double Width,
    double Measure,
    double Ascent,
    double Descent,
    ImmutableArray<LineGlyphRun> Runs,
    double AdjustmentRatio,
    double Badness,
    bool Hyphenated,
    bool Overfull,
    ImmutableArray<LineLink> Links,
    ImmutableArray<NoteMarker> NoteMarkers)
{
    /// <summary>The line's text as extraction should give it (a hyphen added at the break is U+00AD).</summary>
    public string Text => string.Concat(Runs.Select(r => r.Text));

    /// <summary>
    /// Frame items for the line placed with its left edge at <paramref name="x"/> and its baseline at
    /// <paramref name="baseline"/> (page coordinates, y down): glyph runs, link rectangles, a destination
    /// <c>fnref{N}</c> at each note marker and a link from the marker to <c>fn{N}</c>.
    /// </summary>
    public IEnumerable<FrameItem> ToFrameItems(double x, double baseline, RgbColor color)
    {
        foreach (var run in Runs)
        {
            yield return new GlyphRun(run.Font, run.Size, x + run.X, baseline - run.BaselineShift, color, run.Glyphs);
        }

        var top = baseline - Ascent;
        var height = Ascent + Descent;
        foreach (var link in Links)
        {
            yield return new LinkItem(x + link.X, top, link.Width, height, link.Uri, null);
        }

        foreach (var marker in NoteMarkers)
        {
            var number = marker.NoteNumber.ToString(CultureInfo.InvariantCulture);
            yield return new DestinationItem("fnref" + number, x + marker.X, top);
            yield return new LinkItem(x + marker.X, top, marker.Width, height, null, "fn" + number);
        }
    }
}
