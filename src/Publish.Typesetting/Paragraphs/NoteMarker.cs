namespace Publish.Typesetting.Paragraphs;

/// <summary>A note reference mark on a line: note number and horizontal extent relative to the line's left edge.</summary>
public sealed record NoteMarker(int NoteNumber, double X, double Width)
{
    /// <summary>The marker's occurrence (its glyphs' runs carry the same span).</summary>
    public InlineSpan Span { get; init; }
}
