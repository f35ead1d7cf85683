namespace Publish.Engine.Tests.Corpora;

/// <summary>
/// The external corpora (Pandoc's user guide, the CommonMark spec): documents nobody on this project wrote, read in
/// place and never copied into the repository. The folder is <c>PUBLISH_CORPORA</c>, else <c>&lt;repo&gt;/../shared/corpora</c>,
/// else <c>/work/shared/corpora</c>; a clone without it skips these tests and says so.
/// </summary>
internal static class CorpusFiles
{
    public const string PandocManual = "pandoc-MANUAL.txt";

    public const string CommonMarkSpec = "commonmark-spec.txt";

    public static string? Folder { get; } = Locate();

    /// <summary>The corpus file's path, or null when it is not on this machine.</summary>
    public static string? Find(string name) =>
        Folder is { } folder && File.Exists(Path.Combine(folder, name)) ? Path.Combine(folder, name) : null;

    public static string Get(string name) =>
        Find(name) ?? throw new InvalidOperationException($"{name} is not in the corpora folder ({Folder ?? "none found"}).");

    private static string? Locate()
    {
        var candidates = new[]
        {
            Environment.GetEnvironmentVariable("PUBLISH_CORPORA"),
            Path.Combine(Repo.Root, "..", "shared", "corpora"),
            "/work/shared/corpora",
        };
        return candidates.Where(c => !string.IsNullOrEmpty(c) && Directory.Exists(c)).Select(c => Path.GetFullPath(c!)).FirstOrDefault();
    }
}
