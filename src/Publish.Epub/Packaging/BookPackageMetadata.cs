using System.Collections.Immutable;

namespace Publish.Epub.Packaging;

/// <summary>What a book's package document says beyond an article's: the editors, and each article's title and authors.</summary>
internal sealed record BookPackageMetadata(ImmutableArray<string> Editors, ImmutableArray<ArticleItemMetadata> Articles);
