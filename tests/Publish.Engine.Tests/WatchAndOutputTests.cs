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
        using var watch = new WatchProcess(scratch.Path, environment, "archive", "-o", "out", "--format", "pdf", "--interval", "0.2");
        watch.WaitUntil(() => File.Exists(pdf));
        var first = ReleaseArchive.Sha256Of(pdf);

        // An edit with a raw HTML tag: rebuilt, and the warning about it is printed.
        File.WriteAllText(manuscript, ReleaseArchive.Article("Alpha, revised").Replace("Paragraph 2", "Paragraph <b>2</b>", StringComparison.Ordinal));
        watch.WaitUntil(() => File.Exists(pdf) && !string.Equals(ReleaseArchive.Sha256Of(pdf), first, StringComparison.Ordinal));
        watch.WaitUntil(() => watch.Output.Contains("warning PUB1403", StringComparison.Ordinal));
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
}
