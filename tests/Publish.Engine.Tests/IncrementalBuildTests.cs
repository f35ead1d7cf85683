namespace Publish.Engine.Tests;

/// <summary>Issue 6, incremental builds: the cache skips exactly the editions whose inputs did not change.</summary>
public sealed class IncrementalBuildTests
{
    private static Dictionary<string, bool> FromCache(BuildResult result) =>
        result.Manuscripts.ToDictionary(m => Path.GetFileNameWithoutExtension(m.Source), m => m.FromCache, StringComparer.Ordinal);

    [Fact]
    public void Rebuilds_only_what_changed_and_everything_when_forced()
    {
        using var scratch = new ScratchFolder();
        var archive = Path.Combine(scratch.Path, "archive");
        var output = Path.Combine(scratch.Path, "out");
        ReleaseArchive.WriteThree(archive);
        var publisher = ReleaseArchive.Publisher();
        var request = new BuildRequest([archive], output, BuildDate: ReleaseArchive.BuildDate, Jobs: 2);

        var cold = publisher.Build(request);
        Assert.True(cold.Succeeded, string.Join("\n", cold.Manuscripts.SelectMany(m => m.Diagnostics)));
        Assert.All(cold.Manuscripts, m => Assert.False(m.FromCache));
        var editions = ReleaseArchive.Editions(output);
        Assert.Equal(6, editions.Count);
        var times = Directory.EnumerateFiles(output).ToDictionary(f => f, File.GetLastWriteTimeUtc, StringComparer.Ordinal);

        // Nothing changed: nothing is rebuilt, no edition is touched, and the hit reports what the build did.
        var warm = publisher.Build(request);
        Assert.All(warm.Manuscripts, m => Assert.True(m.FromCache));
        Assert.All(times, t => Assert.Equal(t.Value, File.GetLastWriteTimeUtc(t.Key)));
        Assert.Equal(cold.Manuscripts.SelectMany(m => m.Outputs), warm.Manuscripts.SelectMany(m => m.Outputs));
        Assert.Equal("Beta", warm.Manuscripts[1].Summary!.Title);
        Assert.Equal(1, warm.Manuscripts[1].Summary!.Figures);

        // One image changed: only the article showing it is rebuilt.
        File.AppendAllText(Path.Combine(archive, "images", "beta.png"), "changed");
        Assert.Equal(new Dictionary<string, bool> { ["alpha"] = true, ["beta"] = false, ["gamma"] = true }, FromCache(publisher.Build(request)));

        // A new time on unchanged bytes is not a change (content addressed); a deleted edition is rebuilt.
        File.SetLastWriteTimeUtc(Path.Combine(archive, "images", "alpha.png"), new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        File.Delete(Path.Combine(output, "gamma.pdf"));
        Assert.Equal(new Dictionary<string, bool> { ["alpha"] = true, ["beta"] = true, ["gamma"] = false }, FromCache(publisher.Build(request)));
        Assert.True(File.Exists(Path.Combine(output, "gamma.pdf")));

        // Other formats are another build; --force rebuilds everything, to the same bytes.
        Assert.All(publisher.Build(request with { Formats = EditionFormats.Pdf }).Manuscripts, m => Assert.False(m.FromCache));
        Assert.All(publisher.Build(request with { Force = true }).Manuscripts, m => Assert.False(m.FromCache));
        Assert.Equal(ReleaseArchive.Editions(output)["alpha.pdf"], editions["alpha.pdf"]);
    }

    [Fact]
    public void A_photo_that_appears_beside_a_legacy_manuscript_invalidates_its_entry()
    {
        using var scratch = new ScratchFolder();
        var manuscript = Path.Combine(scratch.Path, "archive", "khojaly.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(manuscript)!);
        File.Copy(Repo.SampleManuscript, manuscript);
        var publisher = ReleaseArchive.Publisher();
        var request = new BuildRequest([manuscript], Path.Combine(scratch.Path, "out"), BuildDate: ReleaseArchive.BuildDate, Formats: EditionFormats.Pdf);

        Assert.Equal(1, Assert.Single(publisher.Build(request).Manuscripts).Summary!.Figures);
        Assert.True(Assert.Single(publisher.Build(request).Manuscripts).FromCache);
        File.Copy(ReleaseArchive.HarbourImage, Path.Combine(scratch.Path, "archive", "khojaly.png"));
        var rebuilt = Assert.Single(publisher.Build(request).Manuscripts);
        Assert.False(rebuilt.FromCache);
        Assert.Contains(rebuilt.Inputs, i => i.Path.EndsWith("khojaly.png", StringComparison.Ordinal));
    }

    [Fact]
    public void A_manuscript_edited_while_its_editions_are_written_is_rebuilt_next_time()
    {
        using var scratch = new ScratchFolder();
        var manuscript = scratch.Write("archive/alpha.md", ReleaseArchive.Article("Alpha"));
        var output = scratch.File("out");
        var environment = new Dictionary<string, string> { [TestHooks.Variable] = new TestHooks(SlowWriteMilliseconds: 100).ToEnvironmentValue(), ["SOURCE_DATE_EPOCH"] = "1700000000" };
        using (var child = PublishProcess.Start(scratch.Path, environment, "build", Path.Combine(scratch.Path, "archive"), "-o", output, "--format", "pdf", "--quiet"))
        {
            // Once the child writes the edition it has read the manuscript: edit it now, then let the child finish.
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (!(Directory.Exists(output) && Directory.EnumerateFiles(output).Any(Output.StaleTemporaryFiles.IsTemporary)))
            {
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90) && !child.HasExited, "the child never wrote an edition");
                Thread.Sleep(10);
            }

            File.WriteAllText(manuscript, ReleaseArchive.Article("Alpha, edited during the build"));
            child.WaitForExit();
            Assert.Equal(0, child.ExitCode);
        }

        var next = ReleaseArchive.Publisher().Build(new BuildRequest([Path.Combine(scratch.Path, "archive")], output, Formats: EditionFormats.Pdf, BuildDate: ReleaseArchive.BuildDate));

        var alpha = Assert.Single(next.Manuscripts);
        Assert.False(alpha.FromCache);
        Assert.Equal("Alpha, edited during the build", alpha.Summary!.Title);
    }
}
