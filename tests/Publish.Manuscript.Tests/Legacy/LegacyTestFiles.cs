using Publish.Manuscript.Input;
using Publish.Manuscript.Legacy;
using Publish.Model;
using Publish.Model.Diagnostics;

namespace Publish.Manuscript.Tests.Legacy;

/// <summary>Finds the repository (the folder holding Publish.sln) and reads legacy manuscripts with diagnostics.</summary>
internal static class LegacyTestFiles
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([RepositoryRoot, .. parts]);

    public static (Document? Document, DiagnosticBag Diagnostics) ReadFile(string path)
    {
        var diagnostics = new DiagnosticBag();
        var text = ManuscriptLoader.Load(path, null, diagnostics) ?? throw new InvalidOperationException("cannot load " + path);
        return (new LegacyExportReader().Read(text, diagnostics), diagnostics);
    }

    /// <summary>Reads text as if it were a file in <paramref name="folder"/> (default: a fresh empty folder, so no photo is found).</summary>
    public static (Document? Document, DiagnosticBag Diagnostics) ReadString(string text, string? folder = null)
    {
        var diagnostics = new DiagnosticBag();
        folder ??= Directory.CreateTempSubdirectory("publish-legacy-").FullName;
        var manuscript = ManuscriptLoader.FromString(System.IO.Path.Combine(folder, "article.txt"), text, diagnostics);
        return (new LegacyExportReader().Read(manuscript, diagnostics), diagnostics);
    }

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(System.IO.Path.Combine(folder.FullName, "Publish.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Publish.sln not found above " + AppContext.BaseDirectory);
    }
}
