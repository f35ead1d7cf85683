namespace Publish.Model.Pages;

/// <summary>
/// A position in the document's content, independent of any layout: the <see cref="BlockIndex"/>-th
/// top-level block (or bibliography entry) of <see cref="Region"/>, and a character offset into that
/// block's <see cref="PlainText"/> with note markers included.
/// </summary>
public sealed record ContentAnchor(ContentRegion Region, int BlockIndex, int TextOffset);
