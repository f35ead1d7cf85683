namespace Publish.Engine;

/// <summary>An edition written: its path, size in bytes and SHA-256 (hex), for reports and scripts.</summary>
public sealed record EditionOutput(EditionFormats Format, string Path, long Bytes, string Sha256);
