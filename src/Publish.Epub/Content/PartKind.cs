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
}
