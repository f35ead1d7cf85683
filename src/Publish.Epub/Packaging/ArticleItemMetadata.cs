using System.Collections.Immutable;

namespace Publish.Epub.Packaging;

/// <summary>An article of a book as the package document describes it: the manifest item of the document that opens it, its title and authors.</summary>
internal sealed record ArticleItemMetadata(string ItemId, string Title, ImmutableArray<string> Authors);
