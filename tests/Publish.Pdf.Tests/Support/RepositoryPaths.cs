namespace Publish.Pdf.Tests.Support;

/// <summary>Locates shipped assets by walking up from the test binaries to the folder holding Publish.sln.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Font(string fileName) => Path.Combine(Root, "styles", "fonts", fileName);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Publish.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Publish.sln not found above " + AppContext.BaseDirectory);
    }
}
