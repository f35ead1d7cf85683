namespace Publish.Engine.Tests;

/// <summary>Paths in the repository checkout the tests run from.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string SampleManuscript => Path.Combine(Root, "manuscript", "khojaly-massacre-23rd-anniversary.txt");

    public static string DefaultStyle => Path.Combine(Root, "styles", "default.yaml");

    /// <summary>Every manuscript the tests know: the user's sample and the test manuscripts of both dialects.</summary>
    public static IEnumerable<string> AllManuscripts() =>
        new[] { SampleManuscript }
            .Concat(Directory.EnumerateFiles(Path.Combine(Root, "tests", "manuscripts"), "*", SearchOption.AllDirectories)
                .Where(p => p.EndsWith(".md", StringComparison.Ordinal) || p.EndsWith(".txt", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Publish.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Publish.sln not found above the test assembly.");
    }
}
