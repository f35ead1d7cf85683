using UglyToad.PdfPig;

namespace Publish.Engine.Tests.Cli;

/// <summary>
/// <c>-o FILE.pdf</c> / <c>-o FILE.epub</c> (issue 19): one manuscript's one edition at that file, never a folder named
/// <c>out.pdf</c>; several manuscripts, a contradicting <c>--format</c> or an existing folder of that name are usage
/// errors (exit code 2) that write nothing; the file beside it is untouched.
/// </summary>
public sealed class EditionFileOutputTests
{
    private const string Manuscript = "---\ntitle: Harbour Notes\nauthor: A. Writer\nlang: en\n---\n\nThe harbour master counted the ships.[^1]\n\n[^1]: Every morning.\n";

    [Fact]
    public void A_pdf_name_gets_the_pdf_edition_as_that_file_and_nothing_else()
    {
        using var scratch = new ScratchFolder();
        scratch.Write("book.md", Manuscript);
        var neighbour = scratch.Write("notes.txt.bak", "keep me");

        var outcome = PublishProcess.Run(scratch.Path, environment: null, "build", "book.md", "-o", "out.pdf");

        Assert.Equal(0, outcome.ExitCode);
        Assert.True(File.Exists(scratch.File("out.pdf")), outcome.StandardError);
        using (var pdf = PdfDocument.Open(scratch.File("out.pdf")))
        {
            Assert.Contains(pdf.GetPages().SelectMany(p => p.GetWords()), w => w.Text == "harbour");
        }

        // The edition file and the inputs only: no output/ folder, no cache, lock or temporary file beside it.
        Assert.Equal(["book.md", "notes.txt.bak", "out.pdf"], Directory.EnumerateFileSystemEntries(scratch.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("keep me", File.ReadAllText(neighbour));
        Assert.Contains("wrote out.pdf", outcome.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void An_epub_name_gets_the_epub_edition_replacing_the_file_there()
    {
        using var scratch = new ScratchFolder();
        scratch.Write("book.md", Manuscript);
        scratch.Write("Book.EPUB", "an old edition");

        var outcome = PublishProcess.Run(scratch.Path, environment: null, "build", "book.md", "-o", "Book.EPUB");

        Assert.Equal(0, outcome.ExitCode);
        var bytes = File.ReadAllBytes(scratch.File("Book.EPUB"));
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        Assert.False(Directory.Exists(scratch.File("output")));
        Assert.False(File.Exists(scratch.File("Book.pdf")));
    }

    [Fact]
    public void Several_manuscripts_with_a_file_name_are_a_usage_error_that_writes_nothing()
    {
        using var scratch = new ScratchFolder();
        scratch.Write("in/one.md", Manuscript);
        scratch.Write("in/two.md", Manuscript.Replace("Harbour Notes", "Second", StringComparison.Ordinal));

        var outcome = PublishProcess.Run(scratch.Path, environment: null, "build", "in", "-o", "all.pdf");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("-o all.pdf writes one edition file, but 2 manuscripts were found", outcome.StandardError, StringComparison.Ordinal);
        Assert.Equal(["in"], Directory.EnumerateFileSystemEntries(scratch.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("--format", "epub")]
    [InlineData("--shard", "1/2")]
    public void A_file_name_with_an_option_that_contradicts_it_is_a_usage_error(string option, string value)
    {
        using var scratch = new ScratchFolder();
        scratch.Write("book.md", Manuscript);

        var outcome = PublishProcess.Run(scratch.Path, environment: null, "build", "book.md", "-o", "out.pdf", option, value);

        Assert.Equal(2, outcome.ExitCode);
        Assert.False(File.Exists(scratch.File("out.pdf")));
    }

    [Fact]
    public void An_existing_folder_named_like_an_edition_is_refused_not_filled()
    {
        using var scratch = new ScratchFolder();
        scratch.Write("book.md", Manuscript);
        Directory.CreateDirectory(scratch.File("out.pdf"));

        var outcome = PublishProcess.Run(scratch.Path, environment: null, "build", "book.md", "-o", "out.pdf");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("is an existing folder", outcome.StandardError, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(scratch.File("out.pdf")));
    }

    [Fact]
    public void A_failing_manuscript_keeps_the_previous_file()
    {
        using var scratch = new ScratchFolder();
        scratch.Write("book.md", "---\ntitle: Broken\n---\n\nText with a note[^missing].\n");
        scratch.Write("out.pdf", "the previous edition");

        var outcome = PublishProcess.Run(scratch.Path, environment: null, "build", "book.md", "-o", "out.pdf");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("book.md:5:17: error PUB1101:", outcome.StandardError, StringComparison.Ordinal);
        Assert.Equal("the previous edition", File.ReadAllText(scratch.File("out.pdf")));
        Assert.Equal(["book.md", "out.pdf"], Directory.EnumerateFileSystemEntries(scratch.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_report_names_the_file_and_may_not_be_it()
    {
        using var scratch = new ScratchFolder();
        scratch.Write("book.md", Manuscript);

        var clash = PublishProcess.Run(scratch.Path, environment: null, "build", "book.md", "-o", "out.epub", "--report", "out.epub");
        var outcome = PublishProcess.Run(scratch.Path, environment: null, "build", "book.md", "-o", "out.epub", "--report", "report.json");

        Assert.Equal(2, clash.ExitCode);
        Assert.Contains("out.epub: error PUB7014: --report cannot be written here: it is an edition of this build", clash.StandardError, StringComparison.Ordinal);
        Assert.Equal(0, outcome.ExitCode);
        using var report = System.Text.Json.JsonDocument.Parse(File.ReadAllText(scratch.File("report.json")));
        var output = report.RootElement.GetProperty("results")[0].GetProperty("outputs").EnumerateArray().Single();
        Assert.Equal("out.epub", output.GetProperty("path").GetString());
        Assert.Equal(new FileInfo(scratch.File("out.epub")).Length, output.GetProperty("bytes").GetInt64());
    }

    [Fact]
    public void A_folder_name_still_gets_both_editions_in_that_folder()
    {
        using var scratch = new ScratchFolder();
        scratch.Write("book.md", Manuscript);

        var outcome = PublishProcess.Run(scratch.Path, environment: null, "build", "book.md", "-o", "editions");

        Assert.Equal(0, outcome.ExitCode);
        Assert.True(File.Exists(scratch.File("editions/book.pdf")));
        Assert.True(File.Exists(scratch.File("editions/book.epub")));
    }
}
