using System.Diagnostics;

namespace Publish.Engine.Tests.Hostile;

/// <summary>Issue 7 row 6: output folders that cannot be written, and a build killed while writing.</summary>
public sealed class OutputTests
{
    private const string OutputNotWritable = "PUB7004";

    private const string Manuscript = "---\ntitle: Output\n---\n\nA paragraph.[^1]\n\n[^1]: A note.\n";

    private const string OutputPathRefused = "PUB7014";

    /// <summary>An output folder that is a file is a usage error found before any manuscript is read (exit 2).</summary>
    [Fact]
    public void Output_folder_that_is_a_file_is_a_usage_error_before_anything_is_read()
    {
        using var build = new HostileBuild();
        var path = build.Write("a.md", Manuscript);
        var file = build.Scratch.Write("out", "I am a file.");

        var outcome = build.Build(path);

        Assert.True(outcome.ExitCode == 2, $"exit {outcome.ExitCode}\n{outcome.StandardError}");
        Assert.Matches($@"(?m)^{System.Text.RegularExpressions.Regex.Escape(file)}: error {OutputPathRefused}: -o cannot be the output folder: it is a file", outcome.StandardError);
        Assert.DoesNotContain("ok:", outcome.StandardOutput, StringComparison.Ordinal);
        Assert.Equal("I am a file.", File.ReadAllText(file));
    }

    /// <summary>An output folder under a file cannot be made: a usage error found before any manuscript is read (exit 2).</summary>
    [Fact]
    public void Output_folder_that_cannot_be_created_is_a_usage_error_before_anything_is_read()
    {
        using var build = new HostileBuild();
        var path = build.Write("a.md", Manuscript);
        var blocker = build.Scratch.Write("blocker", "a file where a folder should be");
        var output = build.Scratch.File("blocker/out/deeper");

        var outcome = PublishProcess.Run("build", path, "-o", output);

        Assert.True(outcome.ExitCode == 2, $"exit {outcome.ExitCode}\n{outcome.StandardError}");
        Assert.Contains($"{output}: error {OutputPathRefused}: -o cannot be the output folder: it cannot be made: {blocker} is not a folder", outcome.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("ok:", outcome.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_folder_on_a_read_only_file_system_is_an_error()
    {
        using var build = new HostileBuild();
        var path = build.Write("a.md", Manuscript);
        const string output = "/proc/publish-hostile-output";

        var outcome = PublishProcess.Run("build", path, "-o", output);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"{output}: error {OutputNotWritable}: ", outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Edition_path_that_is_a_directory_is_an_error()
    {
        using var build = new HostileBuild();
        var path = build.Write("a.md", Manuscript);
        Directory.CreateDirectory(build.Edition(path, ".pdf"));

        var outcome = build.Build(path);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"{build.Edition(path, ".pdf")}: error {OutputNotWritable}: ", outcome.StandardError, StringComparison.Ordinal);
        Assert.True(Directory.Exists(build.Edition(path, ".pdf")));
        Assert.False(File.Exists(build.Edition(path, ".epub")), "an EPUB was written although the build failed");
    }

    /// <summary>
    /// Builds once, changes the manuscript, then kills rebuilds at increasing delays: every time, each edition is
    /// either the complete previous one or the complete new one, never a torn file.
    /// </summary>
    [Fact]
    public void A_build_killed_mid_write_leaves_the_previous_editions_intact()
    {
        using var build = new HostileBuild();
        var path = build.Write("a.md", Manuscript);
        Assert.Equal(0, build.Build(path).ExitCode);
        var previous = (Pdf: File.ReadAllBytes(build.Edition(path, ".pdf")), Epub: File.ReadAllBytes(build.Edition(path, ".epub")));
        build.Write("a.md", Manuscript + "\n" + string.Concat(Enumerable.Repeat("A longer paragraph that changes the editions. ", 400)) + "\n");

        foreach (var delay in new[] { 300, 600, 900, 1200, 1600, 2000, 2500, 3000, 4000 })
        {
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Repo.Root, RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "publish.dll"), "build", path, "-o", build.OutputFolder })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["SOURCE_DATE_EPOCH"] = "1700000000";
            using var process = Process.Start(start)!;
            Thread.Sleep(delay);
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.WaitForExit();
            var pdf = File.ReadAllBytes(build.Edition(path, ".pdf"));
            var epub = File.ReadAllBytes(build.Edition(path, ".epub"));
            Assert.True(EditionBytes.IsCompletePdf(pdf), $"torn PDF after a kill at {delay} ms");
            Assert.NotEmpty(EditionBytes.EpubEntries(build.Edition(path, ".epub")));
            Assert.True(pdf.AsSpan().SequenceEqual(previous.Pdf) || pdf.Length > previous.Pdf.Length, $"PDF after a kill at {delay} ms is neither the previous nor a new complete edition");
            _ = epub;
        }
    }
}
