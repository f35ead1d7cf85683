using Publish.Manuscript.Input;
using Publish.Manuscript.Markdown;
using Publish.Model;
using Publish.Model.Diagnostics;

namespace Publish.Manuscript.Tests.Markdown;

/// <summary>Finds the repository's test manuscripts and reads Markdown from files or strings.</summary>
internal static class MarkdownTestFiles
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string ManuscriptFolder => Path.Combine(RepoRoot, "tests", "manuscripts", "markdown");

    public static string PathOf(string name) => Path.Combine(ManuscriptFolder, name);

    public static (Document? Document, DiagnosticBag Diagnostics) ReadFile(string path)
    {
        var diagnostics = new DiagnosticBag();
        var text = ManuscriptLoader.Load(path, null, diagnostics) ?? throw new InvalidOperationException($"cannot load {path}");
        return (new MarkdownReader().Read(text, diagnostics), diagnostics);
    }

    /// <summary>Reads Markdown given as a string, as if it were the file <c>folder/test.md</c>.</summary>
    public static (Document? Document, DiagnosticBag Diagnostics) ReadString(string markdown, string? folder = null)
    {
        var diagnostics = new DiagnosticBag();
        var path = Path.Combine(folder ?? Path.GetTempPath(), "test.md");
        var text = ManuscriptLoader.FromString(path, markdown, diagnostics);
        return (new MarkdownReader().Read(text, diagnostics), diagnostics);
    }

    private static string FindRepoRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Publish.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Publish.sln not found above the test assembly");
    }
}
