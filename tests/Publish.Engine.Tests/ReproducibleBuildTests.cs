namespace Publish.Engine.Tests;

/// <summary>Issue 6, reproducible builds: with SOURCE_DATE_EPOCH the editions do not depend on where, when or how they are built.</summary>
public sealed class ReproducibleBuildTests
{
    [Fact]
    public void Editions_are_byte_identical_across_jobs_folders_time_zones_and_cultures()
    {
        using var scratch = new ScratchFolder();
        var first = Path.Combine(scratch.Path, "one", "archive");
        var second = Path.Combine(scratch.Path, "two", "deeper", "elsewhere");
        ReleaseArchive.WriteThree(first);
        ReleaseArchive.WriteThree(second);
        File.SetLastWriteTimeUtc(Path.Combine(second, "alpha.md"), new DateTime(1999, 12, 31, 23, 0, 0, DateTimeKind.Utc));

        var plain = PublishProcess.Run(first, Environment("1700000000", "UTC", "en_US.UTF-8"), "build", ".", "-o", "out", "--jobs", "1");
        var turkishTokyo = PublishProcess.Run(second, Environment("1700000000", "Asia/Tokyo", "tr_TR.UTF-8"), "build", ".", "-o", "out", "--jobs", "2");

        Assert.Equal(0, plain.ExitCode);
        Assert.Equal(0, turkishTokyo.ExitCode);
        var one = ReleaseArchive.Editions(Path.Combine(first, "out"));
        Assert.Equal(6, one.Count);
        Assert.Equal(one, ReleaseArchive.Editions(Path.Combine(second, "out")));
    }

    [Fact]
    public void A_date_before_1980_still_builds_a_valid_epub()
    {
        using var scratch = new ScratchFolder();
        File.WriteAllText(scratch.File("old.md"), ReleaseArchive.Article("Old"));

        var outcome = PublishProcess.Run(scratch.Path, Environment("0", "UTC", "en_US.UTF-8"), "build", "old.md", "-o", "out", "--format", "epub");

        Assert.Equal(0, outcome.ExitCode);
        using var zip = System.IO.Compression.ZipFile.OpenRead(scratch.File("out/old.epub"));
        Assert.All(zip.Entries, e => Assert.True(e.LastWriteTime.Year >= 1980, $"{e.FullName}: {e.LastWriteTime}"));
    }

    private static Dictionary<string, string> Environment(string epoch, string timeZone, string locale) => new(StringComparer.Ordinal)
    {
        ["SOURCE_DATE_EPOCH"] = epoch,
        ["TZ"] = timeZone,
        ["LANG"] = locale,
        ["LC_ALL"] = locale,
    };
}
