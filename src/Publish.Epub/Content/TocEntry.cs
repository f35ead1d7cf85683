namespace Publish.Epub.Content;

/// <summary>A table-of-contents line: <see cref="Level"/> 1 is top level; deeper levels nest under the entry before.</summary>
internal sealed record TocEntry(string Label, string Href, int Level)
{
    /// <summary>
    /// Whether <paramref name="label"/> shows anything once the characters XML cannot carry are dropped: an
    /// empty heading (<c>#</c> alone, <c>## **</c>) has no words to list, and EPUB forbids an empty nav link.
    /// </summary>
    public static bool IsVisible(string label) => !string.IsNullOrWhiteSpace(XmlCharacters.Clean(label));
}
