namespace Publish.Engine;

/// <summary>
/// Where one manuscript's build time went: reading, the print layout (shared by both editions), and each
/// writer. Zero for a stage that did not run (a cache hit runs none).
/// </summary>
public sealed record StageTimings(TimeSpan Read, TimeSpan Layout, TimeSpan Pdf, TimeSpan Epub);
