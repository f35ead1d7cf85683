using Publish.Model;
using Publish.Model.Blocks;

namespace Publish.Epub.Content;

/// <summary>A heading's text as its document's &lt;title&gt; and its contents entry show it.</summary>
internal static class HeadingLabel
{
    /// <summary>
    /// The label, or null when nothing shows once the characters XML cannot carry are dropped: an empty heading
    /// (<c>#</c> alone, <c>## **</c>) names nothing, and XHTML forbids an empty &lt;title&gt; as EPUB does an empty nav link.
    /// </summary>
    public static string? Of(HeadingBlock heading)
    {
        var label = PlainText.Of(heading.Content, withNoteMarkers: false);
        return string.IsNullOrWhiteSpace(XmlCharacters.Clean(label)) ? null : label;
    }
}
