namespace Publish.Styles;

/// <summary>Where a footnote's number stands (the style's <c>notes.number</c>).</summary>
public enum NoteNumberPlacement
{
    /// <summary>
    /// Right-aligned in a box as wide as the document's widest number; every line of the note's text starts after the
    /// box (LaTeX footmisc's <c>hang</c>): the numbers stand in a column of their own.
    /// </summary>
    Hanging,

    /// <summary>In the same box on the first line only; the lines after it return to the note's edge.</summary>
    Inline,
}
