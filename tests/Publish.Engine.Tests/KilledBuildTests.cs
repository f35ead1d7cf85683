using System.Diagnostics;
using Publish.Engine.Output;

namespace Publish.Engine.Tests;

/// <summary>Issue 6, atomic output: a build killed while it writes leaves the previous editions intact.</summary>
public sealed class KilledBuildTests
{
    [Fact]
    public void A_build_killed_mid_write_leaves_the_old_editions_intact_and_the_next_build_cleans_up()
    {
        using var scratch = new ScratchFolder();
        var manuscript = scratch.Write("archive/long.md", ReleaseArchive.Article("Long", paragraphs: 60));
        var output = scratch.File("out");
        var publisher = ReleaseArchive.Publisher();
        var request = new BuildRequest([manuscript], output, BuildDate: ReleaseArchive.BuildDate);
        Assert.True(publisher.Build(request).Succeeded);
        var before = ReleaseArchive.Editions(output);

        File.WriteAllText(manuscript, ReleaseArchive.Article("Long, revised", paragraphs: 60));
        var environment = new Dictionary<string, string> { [TestHooks.Variable] = new TestHooks(SlowWriteMilliseconds: 150).ToEnvironmentValue(), ["SOURCE_DATE_EPOCH"] = "1700000000" };
        using (var child = PublishProcess.Start(scratch.Path, environment, "build", "archive", "-o", "out", "--quiet"))
        {
            var partial = WaitForPartialWrite(output, child);
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
            Assert.True(new FileInfo(partial).Length > 0, "the child was killed before it wrote anything");
        }

        Assert.Equal(before, ReleaseArchive.Editions(output));
        Assert.Contains(Directory.EnumerateFiles(output), StaleTemporaryFiles.IsTemporary);

        var after = publisher.Build(request);
        Assert.False(Assert.Single(after.Manuscripts).FromCache);
        Assert.DoesNotContain(Directory.EnumerateFiles(output), StaleTemporaryFiles.IsTemporary);
        Assert.NotEqual(before["long.pdf"], ReleaseArchive.Editions(output)["long.pdf"]);
    }

    /// <summary>The child's temporary file, once it holds some bytes (the write is under way).</summary>
    private static string WaitForPartialWrite(string output, Process child)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (child.HasExited)
            {
                Assert.Fail("the child finished before it could be killed: " + child.StandardError.ReadToEnd());
            }

            var partial = Directory.Exists(output)
                ? Directory.EnumerateFiles(output).Where(StaleTemporaryFiles.IsTemporary).FirstOrDefault(f => new FileInfo(f).Length > 0)
                : null;
            if (partial is not null)
            {
                return partial;
            }

            Thread.Sleep(20);
        }

        throw new TimeoutException("the child never started writing an edition");
    }
}
