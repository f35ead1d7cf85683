using System.Collections.Immutable;
using Publish.Engine.Books;

namespace Publish.Engine.Caching;

/// <summary>
/// What the cache knows about one book's editions (issue 20), as <see cref="CacheEntry"/> does for a manuscript:
/// <see cref="Book"/> is where the book is named (the manifest's folder and the book's name), <see cref="BuildKey"/>
/// the build-wide key with everything of the manifest entry that shapes the editions, <see cref="Inputs"/> every part
/// and every photo the parts use, and <see cref="Key"/> the SHA-256 of the build key and every input's hash.
/// </summary>
public sealed record BookCacheEntry(
    string Book,
    string BuildKey,
    string Key,
    ImmutableArray<InputRecord> Inputs,
    ImmutableArray<CachedOutput> Outputs,
    ImmutableArray<CachedDiagnostic> Diagnostics,
    BookSummary Summary);
