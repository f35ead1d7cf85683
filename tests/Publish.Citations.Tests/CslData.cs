namespace Publish.Citations.Tests;

/// <summary>
/// The CSL test data (the official processor suite, locales, the 300-note document): read in place, never copied
/// into the repository. The folder is <c>PUBLISH_CSL_DATA</c>, else <c>&lt;repo&gt;/../shared/csl</c>, else
/// <c>/work/shared/csl</c>; a clone without it skips these tests and says so.
/// </summary>
internal static class CslData
{
    public static string? Folder { get; } = Locate();

    public static string Suite => Path.Combine(Folder!, "test-suite", "processor-tests", "humans");

    public static string Chicago300 => Path.Combine(Folder!, "chicago-300");

    /// <summary>The repository's root (the folder holding Publish.sln).</summary>
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>The shipped styles and locales (styles/csl).</summary>
    public static string Shipped => Path.Combine(RepoRoot, "styles", "csl");

    private static string? Locate()
    {
        var candidates = new[]
        {
            Environment.GetEnvironmentVariable("PUBLISH_CSL_DATA"),
            Path.Combine(FindRoot(), "..", "shared", "csl"),
            "/work/shared/csl",
        };
        return candidates.Where(c => !string.IsNullOrEmpty(c) && Directory.Exists(Path.Combine(c!, "test-suite"))).Select(c => Path.GetFullPath(c!)).FirstOrDefault();
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Publish.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Publish.sln not found above " + AppContext.BaseDirectory);
    }
}
