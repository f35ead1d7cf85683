using System.Collections.Immutable;
using System.Globalization;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Paragraphs;

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
    /// <summary>
    /// Whether the last run's glyphs are followed, in the array they share, by an invisible space glyph that
    /// <see cref="ToFrameItems"/> can show. A line break is a word space that the line breaker
    /// consumed; text read from the tagged structure (screen readers, reflow, copy) would otherwise run the last
    /// word of a line into the first of the next ("thathad"). The space has no outline and lies past the line's
    /// end, so nothing on the page changes; it is one the line already uses, hence present in the font subset.
    /// False for a hyphenated line, one ending in a space or hyphen, or one whose last font has no space glyph.
    /// </summary>
    public bool EndsWithWordSpace { get; init; }

    /// <summary>
    /// The line belongs to a right-to-left paragraph: its runs are already in visual order from the left edge, and a
    /// line shorter than the measure (a last or ragged line) is set flush right (<see cref="FlushOffset"/>).
    /// </summary>
    public bool IsRightToLeft { get; init; }

    /// <summary>Rules through struck text, drawn after the glyphs (artifacts: the text itself is what is read).</summary>
    public ImmutableArray<LineRule> Strikes { get; init; } = [];

    /// <summary>Destinations that begin on this line (spans with an id, for cross-references).</summary>
    public ImmutableArray<LineAnchor> Anchors { get; init; } = [];

    /// <summary>
    /// How far right of the measure's left edge a line that is not centred starts: 0 for left to right, the room left
    /// over for right to left, so that the line ends at the right margin (first-line indent included, on the right).
    /// </summary>
    public double FlushOffset => IsRightToLeft ? Math.Max(0, Measure - Width) : 0;

    /// <summary>The line's text as extraction should give it (a hyphen added at the break is U+00AD).</summary>
    public string Text => string.Concat(Runs.Select(r => r.Text));

    /// <summary>
    /// How many characters of the paragraph's text the line shows: the length of <see cref="Text"/> without
    /// U+00AD, counted without building the string (the flow asks for every line of the book).
    /// </summary>
    public int SourceLength
    {
        get
        {
            var length = 0;
            foreach (var run in Runs)
            {
                foreach (var glyph in run.Glyphs)
                {
                    length += glyph.Text.Length - glyph.Text.AsSpan().Count('\u00AD');
                }
            }

            return length;
        }
    }

    /// <summary>
    /// Frame items for the line placed with its left edge at <paramref name="x"/> and its baseline at
    /// <paramref name="baseline"/> (page coordinates, y down): glyph runs, link rectangles, a destination
    /// <c>fnref{N}</c> at each note marker and a link from the marker to <c>fn{N}</c>, in that order (one item per
    /// run, per link, then two per marker: the tagging relies on it), then the anchors' destinations and the strikes' rules.
    /// </summary>
    /// <param name="withWordSpace">The last run also shows the word space, if the line has one (<see cref="EndsWithWordSpace"/>).</param>
    public List<FrameItem> ToFrameItems(double x, double baseline, RgbColor color, bool withWordSpace = false)
    {
        var items = new List<FrameItem>(Runs.Length + Links.Length + (2 * NoteMarkers.Length) + Anchors.Length + Strikes.Length);
        for (var i = 0; i < Runs.Length; i++)
        {
            var run = Runs[i];
            var glyphs = withWordSpace && EndsWithWordSpace && i == Runs.Length - 1 ? run.GlyphsWithWordSpace : run.Glyphs;
            items.Add(new GlyphRun(run.Font, run.Size, x + run.X, baseline - run.BaselineShift, color, glyphs) { HorizontalScale = run.HorizontalScale });
        }

        var top = baseline - Ascent;
        var height = Ascent + Descent;
        foreach (var link in Links)
        {
            items.Add(new LinkItem(x + link.X, top, link.Width, height, link.Destination is null ? link.Uri : null, link.Destination) { Reference = link.Reference });
        }

        foreach (var marker in NoteMarkers)
        {
            var number = marker.NoteNumber.ToString(CultureInfo.InvariantCulture);
            items.Add(new DestinationItem("fnref" + number, x + marker.X, top));
            items.Add(new LinkItem(x + marker.X, top, marker.Width, height, null, "fn" + number));
        }

        foreach (var anchor in Anchors)
        {
            items.Add(new DestinationItem(anchor.Name, x + anchor.X, top));
        }

        foreach (var strike in Strikes)
        {
            var y = baseline - strike.Rise;
            items.Add(new RuleItem(x + strike.X, y, x + strike.X + strike.Width, y, strike.Thickness, color));
        }

        return items;
    }
}
