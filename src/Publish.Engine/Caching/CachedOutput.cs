namespace Publish.Engine.Caching;

/// <summary>An edition as written by the build a cache entry records; the modification time tells whether anyone replaced it since.</summary>
public sealed record CachedOutput(EditionFormats Format, string Path, long Bytes, long ModifiedTicks, string Sha256);
