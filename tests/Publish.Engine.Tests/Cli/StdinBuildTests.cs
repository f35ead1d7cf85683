using System.Text;
using UglyToad.PdfPig;

namespace Publish.Engine.Tests.Cli;

/// <summary>
/// <c>publish build -</c> reads the manuscript from standard input (issue 19): its dialect from <c>--from</c> or
/// sniffed, its diagnostics at <c>&lt;stdin&gt;</c>, and no file of the working folder read for it (a figure it
/// names is reported missing even when a file of that name sits there).
/// </summary>
public sealed class StdinBuildTests
{
    [Fact]
    public void Markdown_from_stdin_becomes_the_named_pdf()
    {
        using var scratch = new ScratchFolder();
        var text = "---\ntitle: Piped Harbour\nlang: en\n---\n\n# Arrivals\n\nShips came in at dawn.[^1]\n\n[^1]: Seven of them.\n";

        var outcome = CliProcess.RunWithInput(scratch.Path, Encoding.UTF8.GetBytes(text), "build", "-", "-o", "piped.pdf");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("ok: <stdin> — \"Piped Harbour\"", outcome.StandardOutput, StringComparison.Ordinal);
        using var pdf = PdfDocument.Open(scratch.File("piped.pdf"));
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
        Assert.Contains("Arrivals", words);
        Assert.Contains("dawn.", words.Select(w => w.TrimEnd('1')));
        Assert.Equal(["piped.pdf"], Directory.EnumerateFileSystemEntries(scratch.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Legacy_text_from_stdin_is_read_as_the_legacy_dialect()
    {
        using var scratch = new ScratchFolder();
        var text = File.ReadAllBytes(Path.Combine(Repo.Root, "tests", "manuscripts", "legacy", "black-sea-fisheries.txt"));

        var outcome = CliProcess.RunWithInput(scratch.Path, text, "build", "-", "-o", "fish.epub");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("ok: <stdin> — \"BLACK SEA FISHERIES: A SHARED RESOURCE\"", outcome.StandardOutput, StringComparison.Ordinal);
        Assert.True(File.Exists(scratch.File("fish.epub")));
    }

    [Fact]
    public void A_figure_named_from_stdin_is_not_taken_from_the_working_folder()
    {
        using var scratch = new ScratchFolder();
        File.Copy(Path.Combine(Repo.Root, "tests", "manuscripts", "legacy", "ports-of-the-caspian.jpg"), scratch.File("harbour.jpg"));
        var text = "---\ntitle: Figures\nlang: en\n---\n\nText.\n\n![The harbour](harbour.jpg)\n";

        var outcome = CliProcess.RunWithInput(scratch.Path, Encoding.UTF8.GetBytes(text), "build", "-", "--from", "markdown", "-o", "fig.pdf");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("<stdin>:8:1: warning PUB1201: image file 'harbour.jpg' was not found", outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_in_stdin_are_shown_at_stdin_and_nothing_is_written()
    {
        using var scratch = new ScratchFolder();

        var outcome = CliProcess.RunWithInput(scratch.Path, "---\ntitle: Broken\n---\n\nText with a note[^missing].\n"u8.ToArray(), "build", "-", "-o", "out.pdf");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("<stdin>:5:17: error PUB1101:", outcome.StandardError, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(scratch.Path));
    }

    [Fact]
    public void Stdin_with_other_manuscripts_is_a_usage_error()
    {
        using var scratch = new ScratchFolder();
        scratch.Write("a.md", "---\ntitle: A\n---\n\nText.\n");

        var outcome = CliProcess.RunWithInput(scratch.Path, "Text"u8.ToArray(), "build", "-", "a.md", "-o", "out");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("'-' (standard input) must be the only manuscript", outcome.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch.File("out")));
    }
}
