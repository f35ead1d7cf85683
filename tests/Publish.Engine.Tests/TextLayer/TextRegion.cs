namespace Publish.Engine.Tests.TextLayer;

/// <summary>Where a piece of a page's text belongs when the text layer is read back.</summary>
internal enum TextRegion
{
    /// <summary>The running text: title block, headings, paragraphs, lists, quotes, captions, code, end matter.</summary>
    Flow,

    /// <summary>A note at the page foot (its structure element is, or is inside, a <c>Note</c>).</summary>
    Note,

    /// <summary>Not text a reader reads (ISO 32000-1 §14.8.2.2): running footer, folio, ornaments.</summary>
    Artifact,
}
