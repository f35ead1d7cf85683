using System.Text.RegularExpressions;

namespace Publish.Engine.Tests.Hostile;

/// <summary>
/// One hostile build through the real CLI: a manuscript folder (<c>book/</c>) and an output folder (<c>out/</c>)
/// in a scratch folder, so files "outside the manuscript's folder" can sit beside <c>book/</c>. Builds run with a
/// fixed SOURCE_DATE_EPOCH so two builds of equal input are byte-identical.
/// </summary>
internal sealed class HostileBuild : IDisposable
{
    private static readonly Dictionary<string, string> FixedClock = new(StringComparer.Ordinal) { ["SOURCE_DATE_EPOCH"] = "1700000000" };

    public ScratchFolder Scratch { get; } = new();

    public string BookFolder => Scratch.File("book");

    public string OutputFolder => Scratch.File("out");

    public string Write(string name, string text) => Scratch.Write(Path.Combine("book", name), text);

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(BookFolder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public PublishProcess.Outcome Build(string manuscript, params string[] extra) =>
        PublishProcess.Run(Repo.Root, FixedClock, ["build", manuscript, "-o", OutputFolder, .. extra]);

    /// <summary>As <see cref="Build"/>, for a test that holds the process to a time or memory budget (see <see cref="PublishProcess.Unprofiled"/>).</summary>
    public PublishProcess.Outcome BuildUnprofiled(string manuscript, params string[] extra) =>
        PublishProcess.Run(Repo.Root, PublishProcess.Unprofiled(FixedClock), ["build", manuscript, "-o", OutputFolder, .. extra]);

    /// <summary>Every file the build left in the output folder, hidden temporary files included.</summary>
    /// <summary>The editions in the output folder: every file but the build cache's (a hidden folder).</summary>
    public string[] Outputs() =>
        Directory.Exists(OutputFolder)
            ? [.. Directory.GetFiles(OutputFolder, "*", SearchOption.AllDirectories)
                .Where(f => !Path.GetRelativePath(OutputFolder, f).StartsWith(Caching.BuildCache.FolderName, StringComparison.Ordinal))]
            : [];

    public string Edition(string manuscript, string extension) =>
        Path.Combine(OutputFolder, Path.GetFileNameWithoutExtension(manuscript) + extension);

    public void Dispose() => Scratch.Dispose();

    /// <summary>The compiler-style diagnostic lines of one severity and code, e.g. <c>book/a.md:3:7: error PUB1101: …</c>.</summary>
    public static IReadOnlyList<Match> Lines(PublishProcess.Outcome outcome, string file, string severity, string code) =>
        Regex.Matches(outcome.StandardError, $@"^{Regex.Escape(file)}:(?<line>\d+):(?<column>\d+): {severity} {code}: (?<message>.*)$", RegexOptions.Multiline)
            .ToList();
}
