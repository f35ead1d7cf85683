using UglyToad.PdfPig;

namespace Publish.Engine.Tests;

/// <summary><c>--pdf-profile</c> through the real command: press adds bleed and a TrimBox inside the MediaBox.</summary>
public sealed class PdfProfileCommandTests
{
    private static readonly Dictionary<string, string> Epoch = new() { ["SOURCE_DATE_EPOCH"] = "1700000000" };

    [Fact]
    public void The_press_profile_puts_the_trim_box_inside_a_bleed_and_the_default_does_not()
    {
        using var scratch = new ScratchFolder();

        var press = PublishProcess.Run(Repo.Root, Epoch, "build", Repo.SampleManuscript, "-o", scratch.File("press"), "--pdf-profile", "press", "--format", "pdf", "-q");
        var plain = PublishProcess.Run(Repo.Root, Epoch, "build", Repo.SampleManuscript, "-o", scratch.File("plain"), "--format", "pdf", "-q");

        Assert.Equal(0, press.ExitCode);
        Assert.Equal(0, plain.ExitCode);
        using var pressPdf = PdfDocument.Open(Path.Combine(scratch.File("press"), "khojaly-massacre-23rd-anniversary.pdf"));
        using var plainPdf = PdfDocument.Open(Path.Combine(scratch.File("plain"), "khojaly-massacre-23rd-anniversary.pdf"));
        var pressPage = pressPdf.GetPage(1);
        var plainPage = plainPdf.GetPage(1);
        Assert.True(pressPage.MediaBox.Bounds.Width > plainPage.MediaBox.Bounds.Width + (2 * 8.5 - 0.1), "3 mm bleed on each side, plus room for crop marks");
        Assert.Equal(595.28, plainPage.MediaBox.Bounds.Width, 1);
        var raw = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(scratch.File("press"), "khojaly-massacre-23rd-anniversary.pdf")));
        Assert.Contains("/TrimBox [", raw, StringComparison.Ordinal);
        Assert.Contains("/BleedBox [", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_profile_is_a_usage_error()
    {
        var outcome = PublishProcess.Run("build", Repo.SampleManuscript, "-o", "/tmp/never-written", "--pdf-profile", "glossy");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--pdf-profile", outcome.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists("/tmp/never-written"));
    }
}
