using System.Diagnostics;
using Publish.Engine.Output;

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
    /// Builds once, changes the manuscript, then starts a rebuild whose writes pause for good after their first
    /// 16 KiB (<see cref="TestHooks.SlowWriteMilliseconds"/>) and kills it (SIGKILL) once the hook has signalled that
    /// both the PDF and the EPUB hold written bytes and are paused (<see cref="TestHooks.SlowWriteSignalFolder"/>):
    /// a known point, mid-write in both editions, reached by waiting for the signal, not by guessing a delay.
    /// Then each edition is byte for byte the previous one; the next build removes every file the killed one
    /// left, and gives exactly the editions a clean build of the new manuscript gives.
    /// </summary>
    [Fact]
    public void A_build_killed_while_writing_both_editions_leaves_the_previous_editions_byte_for_byte()
    {
        using var build = new HostileBuild();
        var path = build.Write("kill.md", Manuscript);
        Assert.Equal(0, build.Build(path).ExitCode);
        var pdf = build.Edition(path, ".pdf");
        var epub = build.Edition(path, ".epub");
        var previous = (Pdf: File.ReadAllBytes(pdf), Epub: File.ReadAllBytes(epub));
        var revised = Manuscript + "\n" + Paragraphs(120) + "\n";
        build.Write("kill.md", revised);

        var signals = build.Scratch.File("signals");
        Directory.CreateDirectory(signals);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["SOURCE_DATE_EPOCH"] = "1700000000",
            [TestHooks.Variable] = new TestHooks(SlowWriteMilliseconds: 3600000, SlowWriteSignalFolder: signals).ToEnvironmentValue(),
        };
        using (var child = PublishProcess.Start(Repo.Root, environment, "build", path, "-o", build.OutputFolder))
        {
            try
            {
                WaitForSignals(child, signals, Path.GetFileName(pdf), Path.GetFileName(epub));
            }
            finally
            {
                child.Kill(entireProcessTree: true);
                child.WaitForExit();
            }
        }

        Assert.True(previous.Pdf.AsSpan().SequenceEqual(File.ReadAllBytes(pdf)), "the PDF changed under a build killed while writing it");
        Assert.True(previous.Epub.AsSpan().SequenceEqual(File.ReadAllBytes(epub)), "the EPUB changed under a build killed while writing it");
        var leftovers = Directory.GetFiles(build.OutputFolder, "*", SearchOption.AllDirectories).Where(StaleTemporaryFiles.IsTemporary).ToList();
        Assert.True(leftovers.Count >= 2, "the killed build left no partial edition: was it killed before it wrote? " + string.Join(", ", leftovers));
        var killedOwner = TemporaryName.OwnerOf(leftovers[0])!;

        var rerun = build.Build(path);
        Assert.True(rerun.ExitCode == 0, rerun.StandardError);
        Assert.DoesNotContain(Directory.GetFiles(build.OutputFolder, "*", SearchOption.AllDirectories), f => StaleTemporaryFiles.IsTemporary(f) || f.Contains(killedOwner, StringComparison.Ordinal));

        using var clean = new HostileBuild();
        var cleanPath = clean.Write("kill.md", revised);
        Assert.Equal(0, clean.Build(cleanPath).ExitCode);
        Assert.True(File.ReadAllBytes(clean.Edition(cleanPath, ".pdf")).AsSpan().SequenceEqual(File.ReadAllBytes(pdf)), "the rebuilt PDF is not the clean build's");
        Assert.True(File.ReadAllBytes(clean.Edition(cleanPath, ".epub")).AsSpan().SequenceEqual(File.ReadAllBytes(epub)), "the rebuilt EPUB is not the clean build's");
        Assert.False(previous.Pdf.AsSpan().SequenceEqual(File.ReadAllBytes(pdf)), "the revision did not change the PDF: the test proves nothing");
        Assert.False(previous.Epub.AsSpan().SequenceEqual(File.ReadAllBytes(epub)), "the revision did not change the EPUB: the test proves nothing");
    }

    /// <summary>
    /// Waits until the write hook has signalled a paused write of each named edition (the signal is named like the
    /// file written: the pending file, or the edition itself for a build that writes in place). The time-out only
    /// turns a child that never gets there into a failure; the kill point does not depend on it.
    /// </summary>
    private static void WaitForSignals(Process child, string signals, params string[] editions)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(120))
        {
            var names = Directory.GetFiles(signals).Select(Path.GetFileName).ToList();
            if (editions.All(edition => names.Any(name => name!.Contains(edition, StringComparison.Ordinal))))
            {
                return;
            }

            if (child.HasExited)
            {
                Assert.Fail($"the build ended (exit {child.ExitCode}) before both editions paused mid-write; signals: [{string.Join(", ", names)}]\n{child.StandardError.ReadToEnd()}");
            }

            Thread.Sleep(20);
        }

        Assert.Fail($"the write hook never signalled both editions paused mid-write; signals: [{string.Join(", ", Directory.GetFiles(signals))}]");
    }

    /// <summary>
    /// Paragraphs of made-up words from a fixed seed: text that compresses poorly, so that each edition, the EPUB's
    /// zip included, runs well past the hook's first 16 KiB pause.
    /// </summary>
    private static string Paragraphs(int count)
    {
        var random = new Random(23);
        return string.Join("\n\n", Enumerable.Range(0, count).Select(_ =>
            string.Join(' ', Enumerable.Range(0, 60).Select(_ => new string([.. Enumerable.Range(0, random.Next(2, 11)).Select(_ => (char)('a' + random.Next(26)))]))) + "."));
    }
}
