namespace Publish.Styles;

/// <summary>Where the last line of a full page stands (the style's <c>make-up.bottom</c>).</summary>
public enum PageBottom
{
    /// <summary>
    /// Every full page ends on the text block's last baseline: the space between paragraphs, headings and figures
    /// stretches to make up what a page break left short (TeX's <c>\flushbottom</c>), never the space between lines.
    /// </summary>
    Justified,

    /// <summary>A page ends where its last line ends (TeX's <c>\raggedbottom</c>).</summary>
    Ragged,

    /// <summary>
    /// Every body line sits on a grid of the body leading counted from the text block's top, so the lines of facing
    /// pages (and of the two sides of a leaf) align: the space a heading, a figure or a paragraph gap takes is rounded
    /// up to whole grid steps by setting the next body line on the next grid line. Pages end ragged where a break leaves
    /// them short, since stretching would take the lines off the grid.
    /// </summary>
    BaselineGrid,
}
