using System.Text.Json.Serialization;

namespace Publish.Engine.Caching;

/// <summary>
/// The cache entry's JSON contract, generated at compile time: a one-manuscript build saves one entry, and the
/// reflection-based serializer spent more time building its metadata for it (~40 ms) than writing the entry.
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = false, UseStringEnumConverter = true)]
[JsonSerializable(typeof(CacheEntry))]
[JsonSerializable(typeof(BookCacheEntry))]
internal sealed partial class CacheJson : JsonSerializerContext;
