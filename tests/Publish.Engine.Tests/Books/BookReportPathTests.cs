using System.Security.Cryptography;

namespace Publish.Engine.Tests.Books;

/// <summary>
/// Issue 20: <c>--report</c> must not name a book's edition or a book's part, as it must not name a manuscript's
/// edition: the build is refused before anything is read (exit 2, PUB code at the path) and the edition or part a
/// previous build left stays byte for byte.
/// </summary>
public sealed class BookReportPathTests
{
    private static readonly IReadOnlyDictionary<string, string> FixedDate = new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1700000000" };

    [Theory]
    [InlineData("out/issue-1.pdf")]
    [InlineData("out/issue-1.epub")]
    [InlineData("articles/alpha.md")]
    public void A_report_naming_a_books_edition_or_part_is_refused_and_the_file_kept(string reportPath)
    {
        using var scratch = new ScratchFolder();
        ReleaseArchive.WriteThree(scratch.File("articles"));
        scratch.Write("publish.yaml", """
            output: out
            books:
              - name: issue-1
                title: Issue One
                alone: false
                parts: [articles/alpha.md, articles/beta.md]
            """);
        var first = PublishProcess.Run(scratch.Path, FixedDate, "build", "publish.yaml");
        Assert.True(first.ExitCode == 0, first.StandardError);
        var target = scratch.File(reportPath);
        var before = SHA256.HashData(File.ReadAllBytes(target));

        var run = PublishProcess.Run(scratch.Path, FixedDate, "build", "publish.yaml", "--force", "--report", reportPath);

        Assert.True(run.ExitCode == 2, $"exit {run.ExitCode}\n{run.StandardError}");
        Assert.Contains($"{reportPath}: error {EngineDiagnosticCodes.OutputPathRefused}: --report cannot be written here", run.StandardError, StringComparison.Ordinal);
        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(target)));
    }
}
