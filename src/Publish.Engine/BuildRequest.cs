using Publish.Manuscript;

namespace Publish.Engine;

/// <summary>
/// One build: the manuscripts (files or folders), where editions go, the house style (null = the default
/// shipped with the tool), which formats, and the fixed build date (from SOURCE_DATE_EPOCH) if any.
/// </summary>
public sealed record BuildRequest(
    IReadOnlyList<string> Inputs,
    string OutputFolder,
    string? StylePath = null,
    ReadOptions? ReadOptions = null,
    EditionFormats Formats = EditionFormats.All,
    DateTimeOffset? BuildDate = null,
    bool Strict = false);
