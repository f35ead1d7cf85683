using Publish.Model.Diagnostics;

namespace Publish.Styles.Tests;

/// <summary>Locates the shipped styles and the sample manuscript, and parses snippets as if they lived beside the shipped fonts.</summary>
internal static class StyleFixture
{
    public static string DefaultStylePath { get; } =
        HouseStyleLoader.FindDefaultStyle(AppContext.BaseDirectory) ?? throw new InvalidOperationException("styles/default.yaml not found above the test binaries");

    public static string StylesDirectory => Path.GetDirectoryName(DefaultStylePath)!;

    /// <summary>A style file name in the shipped styles folder, so relative font paths resolve; the file itself is never written.</summary>
    public static string SnippetPath => Path.Combine(StylesDirectory, "snippet.yaml");

    public static HouseStyleLoadResult ParseSnippet(string yaml) => HouseStyleLoader.Parse(yaml, SnippetPath);

    /// <summary>The repository folder holding <c>manuscript/</c>, searched upwards from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, "manuscript")) && Directory.Exists(Path.Combine(directory.FullName, "styles")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }

    /// <summary>The single diagnostic of a failed load, asserting there is exactly one.</summary>
    public static Diagnostic SingleError(HouseStyleLoadResult result)
    {
        Assert.Null(result.Style);
        return Assert.Single(result.Diagnostics);
    }
}
