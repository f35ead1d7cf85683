namespace Publish.Epub.Content;

/// <summary>What a content document holds; decides its <c>epub:type</c>, landmarks and heading.</summary>
internal enum PartKind
{
    Cover,
    TitlePage,
    Text,
    Bibliography,
    AboutAuthor,
    Colophon,

    /// <summary>An article's "To cite this article" in a book, whose colophon (the institution's lines) is the book's, once.</summary>
    Citation,
}
