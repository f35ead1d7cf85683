namespace Publish.Package.Tests;

/// <summary>Paths in the repository checkout the tests run from.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string SampleManuscript => Path.Combine(Root, "manuscript", "khojaly-massacre-23rd-anniversary.txt");

    public static string Readme => Path.Combine(Root, "README.md");

    /// <summary>The configuration these tests were built in: the packages are packed from the same build.</summary>
    public static string Configuration =>
#if DEBUG
        "Debug";
#else
        "Release";
#endif

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
