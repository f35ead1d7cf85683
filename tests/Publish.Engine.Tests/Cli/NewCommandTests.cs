namespace Publish.Engine.Tests.Cli;

/// <summary>
/// <c>publish new NAME</c> (issue 19): the folder it writes builds with <c>publish build</c> in it, without a warning,
/// into editions epubcheck passes; it refuses to write into anything that exists.
/// </summary>
public sealed class NewCommandTests
{
    [Fact]
    public void A_new_manuscript_builds_without_warnings_into_a_valid_epub()
    {
        using var scratch = new ScratchFolder();

        var created = PublishProcess.Run(scratch.Path, environment: null, "new", "harbour-notes");

        Assert.Equal(0, created.ExitCode);
        var folder = scratch.File("harbour-notes");
        Assert.Equal(
            ["harbour-notes.md", "images/harbour.png", "publish.yaml"],
            Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal));
        var manuscript = File.ReadAllText(Path.Combine(folder, "harbour-notes.md"));
        Assert.StartsWith("---\ntitle: \"Harbour Notes\"\nauthor: ", manuscript, StringComparison.Ordinal);
        Assert.Contains("[^", manuscript, StringComparison.Ordinal);
        Assert.Contains("# Bibliography", manuscript, StringComparison.Ordinal);

        var built = PublishProcess.Run(folder, new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1700000000" }, "build", "--strict");

        Assert.Equal(0, built.ExitCode);
        Assert.Contains("\"Harbour Notes\", 2 pages, 1 notes, 2 bibliography entries", built.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("; 0 warnings, 0 errors", built.StandardError, StringComparison.Ordinal);
        var epub = Path.Combine(folder, "output", "harbour-notes.epub");
        Assert.True(File.Exists(Path.Combine(folder, "output", "harbour-notes.pdf")));
        Hostile.EditionValidators.AssertEpubClean(epub);
    }

    [Fact]
    public void The_figure_is_a_valid_png_that_the_pdf_embeds()
    {
        using var scratch = new ScratchFolder();
        Assert.Equal(0, PublishProcess.Run(scratch.Path, environment: null, "new", "book").ExitCode);

        var png = File.ReadAllBytes(scratch.File("book/images/harbour.png"));

        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        // The picture shipped inside the tool, byte for byte (an embedded resource, not drawn at run time).
        Assert.Equal(File.ReadAllBytes(Path.Combine(Repo.Root, "src", "Publish.Cli", "Templates", "harbour.png")), png);
        Assert.Equal(0, PublishProcess.Run(scratch.File("book"), environment: null, "build", "-o", "book.pdf").ExitCode);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(scratch.File("book/book.pdf"));
        Assert.Single(pdf.GetPage(1).GetImages());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_existing_name_is_refused_and_left_as_it_was(bool isFolder)
    {
        using var scratch = new ScratchFolder();
        if (isFolder)
        {
            scratch.Write("taken/notes.txt", "mine");
        }
        else
        {
            scratch.Write("taken", "mine");
        }

        var outcome = PublishProcess.Run(scratch.Path, environment: null, "new", "taken");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("taken: error PUB7091: it already exists", outcome.StandardError, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(isFolder ? scratch.File("taken/notes.txt") : scratch.File("taken")));
        Assert.Equal(isFolder ? 1 : 0, isFolder ? Directory.EnumerateFileSystemEntries(scratch.File("taken")).Count() : 0);
    }
}
