using System.Text.Json;

namespace Publish.Engine.Tests;

/// <summary>Issue 6, batch builds through the real command: a broken manuscript fails alone, the report tells all.</summary>
public sealed class BatchBuildTests
{
    [Fact]
    public void A_broken_manuscript_among_good_ones_fails_alone_and_is_reported_with_file_and_line()
    {
        using var scratch = new ScratchFolder();
        var archive = Path.Combine(scratch.Path, "archive");
        ReleaseArchive.WriteThree(archive);
        File.Delete(Path.Combine(archive, "gamma.md"));
        File.WriteAllText(Path.Combine(archive, "broken.md"), ReleaseArchive.Broken);
        var environment = new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1700000000" };

        var outcome = PublishProcess.Run(scratch.Path, environment, "build", "archive", "-o", "out", "--jobs", "2", "--report", "report.json");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Matches(@"archive/broken\.md:2:\d+: error PUB\d+:", outcome.StandardError);
        Assert.Contains("FAILED: archive/broken.md", outcome.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(["alpha.epub", "alpha.pdf", "beta.epub", "beta.pdf"], ReleaseArchive.Editions(Path.Combine(scratch.Path, "out")).Keys);

        var report = JsonDocument.Parse(File.ReadAllBytes(scratch.File("report.json"))).RootElement;
        Assert.False(report.GetProperty("succeeded").GetBoolean());
        Assert.Equal(1, report.GetProperty("failed").GetInt32());
        var results = report.GetProperty("results").EnumerateArray().ToDictionary(r => Path.GetFileName(r.GetProperty("source").GetString()!), StringComparer.Ordinal);
        var broken = results["broken.md"];
        Assert.Equal("failed", broken.GetProperty("status").GetString());
        Assert.Contains(broken.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("severity").GetString() == "error" && d.GetProperty("line").GetInt32() == 2);
        Assert.Empty(broken.GetProperty("outputs").EnumerateArray());
        Assert.Equal(ReleaseArchive.Sha256Of(Path.Combine(archive, "broken.md")), Assert.Single(broken.GetProperty("inputs").EnumerateArray()).GetProperty("sha256").GetString());

        var alpha = results["alpha.md"];
        Assert.Equal("built", alpha.GetProperty("status").GetString());
        Assert.Equal(1, alpha.GetProperty("notes").GetInt32());
        Assert.Equal(1, alpha.GetProperty("figures").GetInt32());
        Assert.True(alpha.GetProperty("pages").GetInt32() >= 1);
        var timings = alpha.GetProperty("timings");
        Assert.All(["readMs", "layoutMs", "pdfMs", "epubMs"], stage => Assert.True(timings.GetProperty(stage).GetDouble() > 0, stage));
        Assert.True(timings.GetProperty("totalMs").GetDouble() >= timings.GetProperty("layoutMs").GetDouble() + timings.GetProperty("pdfMs").GetDouble());
        Assert.Contains(alpha.GetProperty("inputs").EnumerateArray(), i => i.GetProperty("path").GetString()!.EndsWith("alpha.png", StringComparison.Ordinal));
        foreach (var output in alpha.GetProperty("outputs").EnumerateArray())
        {
            var path = Path.Combine(scratch.Path, output.GetProperty("path").GetString()!);
            Assert.Equal(new FileInfo(path).Length, output.GetProperty("bytes").GetInt64());
            Assert.Equal(ReleaseArchive.Sha256Of(path), output.GetProperty("sha256").GetString());
        }

        // Run again unchanged: the good ones come from the cache, the broken one still fails the build.
        var again = PublishProcess.Run(scratch.Path, environment, "build", "archive", "-o", "out", "--quiet");
        Assert.Equal(1, again.ExitCode);
        Assert.Matches(@"archive/broken\.md:2:\d+: error PUB\d+:", again.StandardError);
        Assert.Equal(string.Empty, again.StandardOutput);
    }

    [Theory]
    [InlineData("SOURCE_DATE_EPOCH", "yesterday")]
    [InlineData("SOURCE_DATE_EPOCH", "-5")]
    public void An_invalid_source_date_epoch_is_a_usage_error(string variable, string value)
    {
        var outcome = PublishProcess.Run(Repo.Root, new Dictionary<string, string> { [variable] = value }, "build", "manuscript", "-o", "/nonexistent/never-created");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("SOURCE_DATE_EPOCH", outcome.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--shard", "3/2")]
    [InlineData("--jobs", "-1")]
    public void Invalid_build_options_are_usage_errors(string option, string value)
    {
        var outcome = PublishProcess.Run("build", "manuscript", "-o", "/nonexistent/never-created", option, value);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(option, outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_manifest_is_a_usage_error_naming_the_file_and_line()
    {
        using var scratch = new ScratchFolder();
        scratch.Write("publish.yaml", "manuscripts:\n  - path: a.md\n    metadata: { titel: x }\n");

        var outcome = PublishProcess.Run(scratch.Path, new Dictionary<string, string>(), "build", "publish.yaml");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("publish.yaml:3:", outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Shards_of_a_real_build_are_disjoint_and_together_build_every_manuscript_once()
    {
        using var scratch = new ScratchFolder();
        var archive = scratch.File("archive");
        Directory.CreateDirectory(archive);
        var names = new[] { "a", "b", "c", "d", "e" };
        foreach (var name in names)
        {
            File.WriteAllText(Path.Combine(archive, name + ".md"), "# " + name.ToUpperInvariant() + "\n\nText.\n");
        }

        var publisher = ReleaseArchive.Publisher();
        var built = Enumerable.Range(1, 3)
            .SelectMany(i => publisher.Build(new BuildRequest([archive], scratch.File($"out{i}"), Formats: EditionFormats.Pdf, BuildDate: ReleaseArchive.BuildDate, Shard: new Sharding.ShardSpec(i, 3))).Manuscripts)
            .Select(m => Path.GetFileNameWithoutExtension(m.Source))
            .Order(StringComparer.Ordinal);

        Assert.Equal(names, built);
    }
}
