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
}
