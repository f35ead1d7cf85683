namespace Publish.Typesetting.Tests;

/// <summary>Files of the repository, found by walking up from the test assembly to the folder holding Publish.sln.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Font(string file) => Path.Combine(Root, "styles", "fonts", file);

    public static string HyphenationDirectory => Path.Combine(Root, "styles", "hyphenation");

    public static string SampleManuscript => Path.Combine(Root, "manuscript", "khojaly-massacre-23rd-anniversary.txt");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Publish.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Publish.sln not found above the test assembly.");
    }
}
