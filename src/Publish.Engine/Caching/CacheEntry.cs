using System.Collections.Immutable;

namespace Publish.Engine.Caching;

/// <summary>
/// What the cache knows about one manuscript's editions: the build-wide key (tool, style, fonts, options),
/// every input with its hash, the editions written and what the build reported. <see cref="Key"/> is the
/// content address: the SHA-256 of the build key and every input's hash.
/// </summary>
public sealed record CacheEntry(
    string Source,
    string BuildKey,
    string Key,
    ImmutableArray<InputRecord> Inputs,
    ImmutableArray<CachedOutput> Outputs,
    ImmutableArray<CachedDiagnostic> Diagnostics,
    ManuscriptSummary Summary);
