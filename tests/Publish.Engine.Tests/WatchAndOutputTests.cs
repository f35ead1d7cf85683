using System.Diagnostics;

namespace Publish.Engine.Tests;

/// <summary>Issue 6: <c>publish watch</c> rebuilds what changed; an unwritable target is an error naming it.</summary>
public sealed class WatchAndOutputTests
{
    [Fact]
    public void Watch_rebuilds_an_edited_manuscript_and_prints_its_diagnostics()
    {
        using var scratch = new ScratchFolder();
        var manuscript = scratch.Write("archive/alpha.md", ReleaseArchive.Article("Alpha"));
        var pdf = scratch.File("out/alpha.pdf");
        var environment = new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1700000000" };
        using var child = PublishProcess.Start(scratch.Path, environment, "watch", "archive", "-o", "out", "--format", "pdf", "--interval", "0.2");
        var output = new System.Text.StringBuilder();
        child.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        child.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        try
        {
            WaitUntil(() => File.Exists(pdf), child);
            var first = ReleaseArchive.Sha256Of(pdf);

            // An edit with a raw HTML tag: rebuilt, and the warning about it is printed.
            File.WriteAllText(manuscript, ReleaseArchive.Article("Alpha, revised").Replace("Paragraph 2", "Paragraph <b>2</b>", StringComparison.Ordinal));
            WaitUntil(() => File.Exists(pdf) && !string.Equals(ReleaseArchive.Sha256Of(pdf), first, StringComparison.Ordinal), child);
            WaitUntil(() => { lock (output) { return output.ToString().Contains("warning PUB1403", StringComparison.Ordinal); } }, child);
        }
        finally
        {
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }
    }

    [Fact]
    public void An_unwritable_target_is_an_error_naming_it_and_the_other_editions_are_written()
    {
        using var scratch = new ScratchFolder();
        var archive = scratch.File("archive");
        Directory.CreateDirectory(archive);
        File.WriteAllText(Path.Combine(archive, "alpha.md"), ReleaseArchive.Article("Alpha"));
        File.WriteAllText(Path.Combine(archive, "gamma.md"), ReleaseArchive.Article("Gamma"));
        var output = scratch.File("out");
        Directory.CreateDirectory(Path.Combine(output, "alpha.pdf"));   // a folder where the edition should go

        var result = ReleaseArchive.Publisher().Build(new BuildRequest([archive], output, BuildDate: ReleaseArchive.BuildDate, Formats: EditionFormats.Pdf));

        var alpha = result.Manuscripts.Single(m => m.Source.EndsWith("alpha.md", StringComparison.Ordinal));
        var error = Assert.Single(alpha.Diagnostics, d => d.Code == EngineDiagnosticCodes.OutputNotWritable);
        Assert.Equal(Path.Combine(output, "alpha.pdf"), error.Span.File);
        Assert.False(alpha.Succeeded);
        Assert.True(result.Manuscripts.Single(m => m.Source.EndsWith("gamma.md", StringComparison.Ordinal)).Succeeded);
        Assert.True(File.Exists(Path.Combine(output, "gamma.pdf")));
    }

    private static void WaitUntil(Func<bool> condition, Process child)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.False(child.HasExited, "publish watch exited");
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), "timed out waiting for publish watch");
            Thread.Sleep(50);
        }
    }
}
