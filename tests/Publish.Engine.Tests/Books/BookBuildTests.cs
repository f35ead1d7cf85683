using System.Text.Json.Nodes;
using Publish.Engine.Manifests;
using Publish.Model.Diagnostics;
using Publish.Styles.Tests.Schemas;

namespace Publish.Engine.Tests.Books;

/// <summary>
/// Issue 20: the engine's build of a manifest's books — which manuscripts are also built alone, a clash of edition
/// names refused before anything is written, a failing part failing the book (previous editions kept, listed as
/// stale), and the report and exit code of the real <c>publish</c> process.
/// </summary>
public sealed class BookBuildTests
{
    private static readonly IReadOnlyDictionary<string, string> FixedDate = new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1700000000" };

    [Fact]
    public void Alone_false_keeps_the_parts_out_of_the_single_builds_even_under_a_folder_entry()
    {
        using var scratch = new ScratchFolder();
        ReleaseArchive.WriteThree(scratch.File("articles"));
        var (manifest, result) = Build(scratch, """
            manuscripts: [articles/]
            books:
              - name: issue-1
                title: Issue One
                alone: false
                parts: [articles/alpha.md, articles/beta.md]
            """);

        Assert.Equal(["gamma.md"], result.Manuscripts.Select(m => Path.GetFileName(m.Source)));
        var book = Assert.Single(result.Books);
        Assert.True(book.Succeeded, string.Join('\n', book.Diagnostics));
        Assert.Equal(("issue-1", 2), (book.Name, book.Summary!.Articles));
        Assert.Equal(manifest.Books[0].Span, book.Span);
    }

    [Fact]
    public void By_default_the_parts_are_built_alone_as_well()
    {
        using var scratch = new ScratchFolder();
        ReleaseArchive.WriteThree(scratch.File("articles"));
        var (_, result) = Build(scratch, """
            books:
              - name: issue-1
                title: Issue One
                parts: [articles/gamma.md, articles/alpha.md]
            """);

        // The parts are built alone beside the book: two manuscripts' editions and the book's own.
        Assert.Equal(["alpha.md", "gamma.md"], result.Manuscripts.Select(m => Path.GetFileName(m.Source)));
        Assert.All(result.Manuscripts, m => Assert.True(m.Succeeded));
        Assert.Equal(["alpha.pdf", "gamma.pdf", "issue-1.pdf"], ReleaseArchive.Editions(scratch.File("out")).Keys.Where(k => k.EndsWith(".pdf", StringComparison.Ordinal)));
        Assert.Equal(2, result.Books[0].Summary!.Articles);
    }

    [Fact]
    public void A_book_named_like_a_manuscript_stops_the_build_before_anything_is_written()
    {
        using var scratch = new ScratchFolder();
        ReleaseArchive.WriteThree(scratch.File("articles"));
        var (manifest, result) = Build(scratch, """
            manuscripts: [articles/]
            books:
              - name: Gamma
                title: Issue One
                parts: [articles/alpha.md]
            """);

        Assert.False(result.Succeeded);
        Assert.Empty(result.Manuscripts);
        Assert.Empty(result.Books);
        var clash = Assert.Single(result.BuildDiagnostics);
        Assert.Equal((EngineDiagnosticCodes.BookEditionClash, manifest.Books[0].Span), (clash.Code, clash.Span));
        Assert.Contains("gamma.md", clash.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch.File("out")));
    }

    [Fact]
    public void A_failing_part_fails_the_book_naming_both_and_keeps_its_previous_editions()
    {
        using var scratch = new ScratchFolder();
        ReleaseArchive.WriteThree(scratch.File("articles"));
        File.WriteAllText(scratch.File("articles/broken.md"), ReleaseArchive.Broken);
        Directory.CreateDirectory(scratch.File("out"));
        File.WriteAllText(scratch.File("out/issue-1.pdf"), "%PDF- the previous edition");
        var (_, result) = Build(scratch, """
            books:
              - name: issue-1
                title: Issue One
                alone: false
                parts:
                  - articles/alpha.md
                  - articles/broken.md
            """);

        var book = Assert.Single(result.Books);
        Assert.False(book.Succeeded);
        Assert.False(result.Succeeded);
        var failed = Assert.Single(book.Diagnostics, d => d.Code == EngineDiagnosticCodes.BookPartFailed);
        Assert.Equal((scratch.File("publish.yaml"), 7), (failed.Span.File, failed.Span.Line));
        Assert.Contains("'issue-1'", failed.Message, StringComparison.Ordinal);
        Assert.Contains("broken.md", failed.Message, StringComparison.Ordinal);

        // The part's own error is shown (it is built alone nowhere else), at its file and line.
        Assert.Contains(book.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Span.File.EndsWith("broken.md", StringComparison.Ordinal) && d.Span.Line == 2);
        Assert.Equal("%PDF- the previous edition", File.ReadAllText(scratch.File("out/issue-1.pdf")));
        Assert.Equal(scratch.File("out/issue-1.pdf"), Assert.Single(book.Stale).Path);
        Assert.Contains(book.Diagnostics, d => d.Code == EngineDiagnosticCodes.StaleEditionKept);
    }

    [Fact]
    public void A_part_outside_the_manifests_folder_or_missing_fails_the_book()
    {
        using var scratch = new ScratchFolder();
        ReleaseArchive.WriteThree(scratch.File("outside"));
        Directory.CreateDirectory(scratch.File("project"));
        File.Copy(scratch.File("outside/gamma.md"), scratch.File("project/gamma.md"));
        File.CreateSymbolicLink(scratch.File("project/leak.md"), scratch.File("outside/alpha.md"));
        var manifestPath = scratch.Write("project/publish.yaml", """
            books:
              - name: issue-1
                title: Issue One
                alone: false
                parts: [gamma.md, leak.md, missing.md, ../outside/beta.md]
            """);
        var diagnostics = new DiagnosticBag();
        var manifest = BuildManifest.Load(manifestPath, diagnostics)!;
        var request = new BuildRequest(manifest.Manuscripts, scratch.File("out"), BuildDate: ReleaseArchive.BuildDate, Containment: manifest.Containment) { Books = manifest.Books };

        var book = Assert.Single(ReleaseArchive.Publisher().Build(request).Books);

        Assert.False(book.Succeeded);
        Assert.Equal(3, book.Diagnostics.Count(d => d.Code == EngineDiagnosticCodes.BookPartFailed));
        Assert.Equal(2, book.Diagnostics.Count(d => d.Code == DiagnosticCodes.InputLinkOutsideFolder));
        Assert.Contains(book.Diagnostics, d => d.Code == EngineDiagnosticCodes.InputPathNotFound);
        Assert.DoesNotContain(Directory.EnumerateFiles(scratch.File("out")), f => f.Contains("issue-1", StringComparison.Ordinal));
    }

    [Fact]
    public void The_report_lists_the_book_and_the_exit_code_follows_it()
    {
        using var scratch = new ScratchFolder();
        ReleaseArchive.WriteThree(scratch.File("articles"));
        File.WriteAllText(scratch.File("articles/broken.md"), ReleaseArchive.Broken);
        scratch.Write("publish.yaml", """
            output: out
            books:
              - name: issue-1
                title: Issue One
                identifier: ISBN 0-306-40615-2
                alone: false
                parts: [articles/alpha.md, { section: Reviews }, articles/gamma.md]
              - name: issue-2
                title: Issue Two
                alone: false
                parts: [articles/beta.md, articles/broken.md]
            """);

        var run = PublishProcess.Run(scratch.Path, FixedDate, "build", "publish.yaml", "--report", "report.json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PUB7044", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("publish.yaml:11:", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("Built 0 manuscripts and 1 of 2 books", run.StandardError, StringComparison.Ordinal);
        var report = JsonNode.Parse(File.ReadAllText(scratch.File("report.json")))!;
        Assert.Empty(SchemaFile.Report.Errors(report));
        Assert.False(report["succeeded"]!.GetValue<bool>());
        var books = report["books"]!.AsArray();
        Assert.Equal(["issue-1", "issue-2"], books.Select(b => b!["name"]!.GetValue<string>()));
        Assert.Equal(["built", "failed"], books.Select(b => b!["status"]!.GetValue<string>()));
        Assert.Equal(["articles/alpha.md", "articles/gamma.md"], books[0]!["parts"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(2, books[0]!["articles"]!.GetValue<int>());
        Assert.Contains(books[1]!["diagnostics"]!.AsArray(), d => d!["code"]!.GetValue<string>() == "PUB7044");
    }

    [Fact]
    public void A_manifest_book_error_is_a_usage_error_and_builds_nothing()
    {
        using var scratch = new ScratchFolder();
        ReleaseArchive.WriteThree(scratch.File("articles"));
        scratch.Write("publish.yaml", "output: out\nbooks:\n  - name: issue-1\n    title: One\n    identifier: ISSN 2146-5666\n    parts: [articles/alpha.md]\n");

        var run = PublishProcess.Run(scratch.Path, FixedDate, "build", "publish.yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("publish.yaml:5:17: error PUB7041:", run.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch.File("out")));
    }

    private static (BuildManifest Manifest, BuildResult Result) Build(ScratchFolder scratch, string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var manifest = BuildManifest.Load(scratch.Write("publish.yaml", yaml), diagnostics);
        Assert.True(manifest is not null, string.Join('\n', diagnostics.ToImmutableSorted()));
        var request = new BuildRequest(manifest.Manuscripts, scratch.File("out"), Formats: EditionFormats.Pdf, BuildDate: ReleaseArchive.BuildDate, Containment: manifest.Containment) { Books = manifest.Books };
        return (manifest, ReleaseArchive.Publisher().Build(request));
    }
}
