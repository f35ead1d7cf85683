namespace Publish.Styles;

/// <summary>
/// Where the footer's institution lines sit across the text width. The folio keeps the outer edge (the right on
/// every page of a one-sided book; on a two-sided book's left-hand pages, the left) and the lines give it room.
/// </summary>
public enum FooterAlignment
{
    Left,

    /// <summary>On the page's axis, as far as the folio on the first line allows.</summary>
    Centered,

    Right,

    /// <summary>The binding side: left on right-hand pages, right on left-hand ones (the same as left on a one-sided book).</summary>
    Inside,

    /// <summary>The edge away from the binding: right on right-hand pages, left on left-hand ones (right on a one-sided book).</summary>
    Outside,
}
