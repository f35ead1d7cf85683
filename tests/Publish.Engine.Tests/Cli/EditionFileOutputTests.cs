using UglyToad.PdfPig;

namespace Publish.Engine.Tests.Cli;

/// <summary>
/// <c>-o FILE.pdf</c> / <c>-o FILE.epub</c> (issue 19): one manuscript's one edition at that file, never a folder named
/// <c>out.pdf</c>; several manuscripts, a contradicting <c>--format</c> or an existing folder of that name are usage
/// errors (exit code 2) that write nothing; the file beside it is untouched. A file there that Publish did not write is
/// kept (PUB7095, exit code 1) unless <c>--force</c> is given.
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
    public void An_epub_name_gets_the_epub_edition_replacing_the_one_publish_wrote_there()
    {
        using var scratch = new ScratchFolder();
        scratch.Write("book.md", Manuscript);
        Assert.Equal(0, PublishProcess.Run(scratch.Path, environment: null, "build", "book.md", "-o", "Book.EPUB").ExitCode);
        var first = File.ReadAllBytes(scratch.File("Book.EPUB"));
        scratch.Write("book.md", Manuscript.Replace("Harbour Notes", "Quay Notes", StringComparison.Ordinal));

        var outcome = PublishProcess.Run(scratch.Path, environment: null, "build", "book.md", "-o", "Book.EPUB");

        Assert.Equal(0, outcome.ExitCode);
        var bytes = File.ReadAllBytes(scratch.File("Book.EPUB"));
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        Assert.NotEqual(first, bytes);
        Assert.False(Directory.Exists(scratch.File("output")));
        Assert.False(File.Exists(scratch.File("Book.pdf")));
    }

    [Fact]
    public void A_pdf_publish_wrote_is_replaced_by_the_next_build()
    {
        using var scratch = new ScratchFolder();
        scratch.Write("book.md", Manuscript);
        Assert.Equal(0, PublishProcess.Run(scratch.Path, environment: null, "build", "book.md", "-o", "out.pdf").ExitCode);
        scratch.Write("book.md", Manuscript.Replace("counted the ships", "counted the cranes", StringComparison.Ordinal));

        var outcome = PublishProcess.Run(scratch.Path, environment: null, "build", "book.md", "-o", "out.pdf");

        Assert.Equal(0, outcome.ExitCode);
        using var pdf = PdfDocument.Open(scratch.File("out.pdf"));
        Assert.Contains(pdf.GetPages().SelectMany(p => p.GetWords()), w => w.Text.StartsWith("cranes", StringComparison.Ordinal));
    }

    /// <summary>A file Publish did not write (here another tool's PDF, a zip that is not Publish's EPUB, plain text) is kept.</summary>
    [Theory]
    [InlineData("thesis.pdf", "%PDF-1.4\n1 0 obj << /Producer (pdfTeX-1.40.25) >> endobj\ntrailer << /Info 1 0 R >>\nstartxref\n9\n%%EOF\n")]
    [InlineData("thesis.pdf", "my thesis, typed by hand")]
    [InlineData("novel.epub", "an e-book from another tool")]
    public void A_file_publish_did_not_write_is_kept_and_nothing_is_built(string name, string content)
    {
        using var scratch = new ScratchFolder();
        scratch.Write("book.md", Manuscript);
        scratch.Write(name, content);
        var before = File.ReadAllBytes(scratch.File(name));

        var outcome = PublishProcess.Run(scratch.Path, environment: null, "build", "book.md", "-o", name);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"{name}: error PUB7095: this file is not a", outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains("give --force to replace it", outcome.StandardError, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(scratch.File(name)));
        Assert.Equal(["book.md", name], Directory.EnumerateFileSystemEntries(scratch.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_epub_of_another_tool_is_kept_and_force_replaces_it()
    {
        using var scratch = new ScratchFolder();
        scratch.Write("book.md", Manuscript);
        using (var zip = System.IO.Compression.ZipFile.Open(scratch.File("novel.epub"), System.IO.Compression.ZipArchiveMode.Create))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("META-INF/container.xml").Open()))
            {
                writer.Write("<container><rootfiles><rootfile full-path=\"OEBPS/content.opf\"/></rootfiles></container>");
            }

            using (var writer = new StreamWriter(zip.CreateEntry("OEBPS/content.opf").Open()))
            {
                writer.Write("<package><metadata><meta name=\"generator\" content=\"pandoc\"/></metadata></package>");
            }
        }

        var before = File.ReadAllBytes(scratch.File("novel.epub"));

        var kept = PublishProcess.Run(scratch.Path, environment: null, "build", "book.md", "-o", "novel.epub");
        Assert.Equal(1, kept.ExitCode);
        Assert.Contains("novel.epub: error PUB7095:", kept.StandardError, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(scratch.File("novel.epub")));

        var forced = PublishProcess.Run(scratch.Path, environment: null, "build", "book.md", "-o", "novel.epub", "--force");
        Assert.Equal(0, forced.ExitCode);
        using var epub = System.IO.Compression.ZipFile.OpenRead(scratch.File("novel.epub"));
        Assert.NotNull(epub.GetEntry("EPUB/content.opf"));
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

        // --force: the file is not an edition Publish wrote, and would be kept as it is without ever building.
        var outcome = PublishProcess.Run(scratch.Path, environment: null, "build", "book.md", "-o", "out.pdf", "--force");

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
