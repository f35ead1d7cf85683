namespace Publish.Engine.Output;

/// <summary>A written file's size and SHA-256 (lower-case hex), as reports and the build cache give them.</summary>
public sealed record FileMeasure(long Bytes, string Sha256);
