namespace Publish.Epub.Content;

/// <summary>A table-of-contents line: <see cref="Level"/> 1 is top level; deeper levels nest under the entry before.</summary>
internal sealed record TocEntry(string Label, string Href, int Level);
