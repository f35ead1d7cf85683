using Publish.Manuscript;
using Publish.Model;

namespace Publish.Engine.Tests;

/// <summary>
/// <c>publish import</c> turns every manuscript into Markdown that reads back as an equal document (issue 2): the
/// canonical dump of the Markdown's reading equals that of the original, image paths compared after resolution.
/// </summary>
public sealed class ImportCommandTests
{
    public static TheoryData<string> Manuscripts() => [.. Repo.AllManuscripts().Select(p => Path.GetRelativePath(Repo.Root, p))];

    [Theory]
    [MemberData(nameof(Manuscripts))]
    public void Importing_gives_markdown_that_reads_back_as_the_same_document(string manuscript)
    {
        // A copy of the manuscript's folder in a scratch folder, the Markdown written beside the copy: relative
        // image paths stay inside the folder, and nothing is written into the repository (another test lists
        // tests/manuscripts while this one runs).
        using var scratch = new ScratchFolder();
        var folder = scratch.File("manuscript");
        CopyFolder(Path.GetDirectoryName(Path.Combine(Repo.Root, manuscript))!, folder);
        var source = Path.Combine(folder, Path.GetFileName(manuscript));
        var output = Path.Combine(folder, ".import.md");

        var outcome = PublishProcess.Run(folder, environment: null, "import", Path.GetFileName(source), "-o", output);

        Assert.Equal(0, outcome.ExitCode);
        var original = ManuscriptReader.Read(source, ReadOptions.Default);
        var imported = ManuscriptReader.Read(output, ReadOptions.Default);
        Assert.False(imported.HasErrors, string.Join("\n", imported.Diagnostics));
        Assert.Equal(StructuralDump.Of(original.Document!), StructuralDump.Of(imported.Document!));
        Assert.StartsWith("---\n", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void A_manuscript_with_errors_is_not_imported()
    {
        using var scratch = new ScratchFolder();
        var broken = scratch.Write("broken.md", "---\ntitle: Broken\n---\n\nText with a note[^missing].\n");
        var output = scratch.File("out.md");

        var outcome = PublishProcess.Run(Repo.Root, environment: null, "import", broken, "-o", output);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("broken.md:5:17: error PUB1101:", outcome.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
