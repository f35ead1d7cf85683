namespace Publish.Engine.Tests.TextLayer;

/// <summary>Where a piece of a page's text belongs when the text layer is read back.</summary>
internal enum TextRegion
{
    /// <summary>The running text: title block, headings, paragraphs, lists, quotes, code, end matter.</summary>
    Flow,

    /// <summary>A note at the page foot (its structure element is, or is inside, a <c>Note</c>).</summary>
    Note,

    /// <summary>
    /// A figure's caption (its element is, or is inside, a <c>Caption</c> or <c>Figure</c>): compared apart because a
    /// figure that does not fit floats to the next page, after text that follows it in the manuscript.
    /// </summary>
    Caption,

    /// <summary>Not text a reader reads (ISO 32000-1 §14.8.2.2): running footer, folio, ornaments.</summary>
    Artifact,
}
