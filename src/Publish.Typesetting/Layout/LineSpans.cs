using Publish.Typesetting.Paragraphs;

namespace Publish.Typesetting.Layout;

/// <summary>Which inline span each frame item of a set line belongs to, for <see cref="StructureTag"/>.</summary>
internal static class LineSpans
{
    /// <summary>
    /// The inline span of the <paramref name="index"/>th item of <see cref="TypesetLine.ToFrameItems"/>: it gives the
    /// runs, then the links, then a destination and a link per note marker; items after those (extras) have none.
    /// </summary>
    public static InlineSpan Of(TypesetLine line, int index)
    {
        var (runs, links, markers) = (line.Runs.Length, line.Links.Length, line.NoteMarkers.Length);
        return index < runs ? line.Runs[index].Span
            : index < runs + links ? line.Links[index - runs].Span
            : index < runs + links + (2 * markers) ? line.NoteMarkers[(index - runs - links) / 2].Span
            : InlineSpan.None;
    }
}
