using System.Diagnostics;

namespace Publish.Engine.Tests.Hostile;

/// <summary>
/// Issue 14, "nothing outside the manuscript's folder; only regular files", through the real CLI: an archive
/// folder holding one good manuscript beside a hostile entry. The hostile entry gets its own coded error, the
/// good manuscript is still built (exit 1 for the run), nothing outside the folder is published and no content of
/// a refused file reaches the log. Builds that used to hang run with a short <c>--time-limit</c> so that, without
/// the fix, the watchdog ends them in seconds (without building the good manuscript) instead of the test timing out.
/// </summary>
public sealed class ContainmentTests
{
    private const string Secret = "root:$6$SECRET-HASH-MUST-NOT-LEAK";

    /// <summary>A legacy export that builds fine: what a leaked file would be published as.</summary>
    private static readonly string LegacyExport = $"\n{Secret}\n\nAn Author\n\nLegacy\n\nA paragraph of the archive.\n";

    private static void WriteGood(HostileBuild build) => build.Write("good.md", "---\ntitle: Good\n---\n\nA paragraph.\n");

    private static string Outside(HostileBuild build, string name, string text) => build.Scratch.Write(Path.Combine("other", name), text);

    /// <summary>The good manuscript's editions were written, the run failed (exit 1), and nothing leaked.</summary>
    private static void GoodBuiltAndRunFailed(HostileBuild build, PublishProcess.Outcome outcome)
    {
        Assert.True(outcome.ExitCode == 1, $"exit {outcome.ExitCode}\n{outcome.StandardError}");
        Assert.True(File.Exists(build.Edition("good.md", ".pdf")), $"the good manuscript was not built\n{outcome.StandardError}");
        Assert.True(File.Exists(build.Edition("good.md", ".epub")), outcome.StandardError);
        Assert.DoesNotContain("SECRET-HASH", outcome.StandardError + outcome.StandardOutput, StringComparison.Ordinal);
    }

    private static void ErrorAt(PublishProcess.Outcome outcome, string file, string code, string reason)
    {
        var lines = HostileBuild.Lines(outcome, file, "error", code);
        Assert.True(lines.Count == 1, $"expected one 'error {code}' for {file}\n{outcome.StandardError}");
        Assert.Contains(reason, lines[0].Groups["message"].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_a_file_outside_the_folder_is_never_read_or_published()
    {
        using var build = new HostileBuild();
        WriteGood(build);
        var secret = Outside(build, "secret.txt", LegacyExport);
        File.CreateSymbolicLink(Path.Combine(build.BookFolder, "leak.txt"), "../other/secret.txt");
        File.CreateSymbolicLink(Path.Combine(build.BookFolder, "absolute.md"), secret);

        var outcome = build.Build(build.BookFolder);

        GoodBuiltAndRunFailed(build, outcome);
        ErrorAt(outcome, Path.Combine(build.BookFolder, "leak.txt"), "PUB1021", "outside the folder given to the build");
        ErrorAt(outcome, Path.Combine(build.BookFolder, "absolute.md"), "PUB1021", "outside the folder given to the build");
        Assert.False(File.Exists(build.Edition("leak.txt", ".pdf")));
        Assert.False(File.Exists(build.Edition("absolute.md", ".pdf")));
        Assert.Equal(2, build.Outputs().Length);
    }

    [Fact]
    public void A_link_to_a_folder_outside_is_not_searched()
    {
        using var build = new HostileBuild();
        WriteGood(build);
        Outside(build, "elsewhere.txt", LegacyExport);
        Directory.CreateSymbolicLink(Path.Combine(build.BookFolder, "more"), Path.Combine(build.Scratch.Path, "other"));

        var outcome = build.Build(build.BookFolder);

        GoodBuiltAndRunFailed(build, outcome);
        ErrorAt(outcome, Path.Combine(build.BookFolder, "more"), "PUB1021", "outside the folder given to the build");
        Assert.False(File.Exists(build.Edition("elsewhere.txt", ".pdf")));
    }

    [Fact]
    public void A_link_inside_the_folder_is_built_under_its_own_name()
    {
        using var build = new HostileBuild();
        WriteGood(build);
        build.Write(Path.Combine("2024", "article.txt"), "\nInside\n\nAn Author\n\nLegacy\n\nA paragraph.\n");
        File.CreateSymbolicLink(Path.Combine(build.BookFolder, "latest.txt"), "2024/article.txt");

        var outcome = build.Build(build.BookFolder);

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        Assert.True(File.Exists(build.Edition("latest.txt", ".pdf")), outcome.StandardError);
        Assert.True(File.Exists(build.Edition("article.txt", ".pdf")), outcome.StandardError);
    }

    [Fact]
    public void A_fifo_named_like_a_manuscript_fails_alone_and_the_others_are_built()
    {
        using var build = new HostileBuild();
        WriteGood(build);
        var fifo = SpecialFiles.Fifo(Path.Combine(build.BookFolder, "a.md"));
        var clock = Stopwatch.StartNew();

        var outcome = build.Build(build.BookFolder, "--time-limit", "10");

        GoodBuiltAndRunFailed(build, outcome);
        ErrorAt(outcome, fifo, "PUB1020", "FIFO");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Links_that_loop_or_dangle_fail_only_themselves()
    {
        using var build = new HostileBuild();
        WriteGood(build);
        var first = Path.Combine(build.BookFolder, "loop-a.md");
        var second = Path.Combine(build.BookFolder, "loop-b.md");
        File.CreateSymbolicLink(first, "loop-b.md");
        File.CreateSymbolicLink(second, "loop-a.md");
        var dangling = Path.Combine(build.BookFolder, "gone.txt");
        File.CreateSymbolicLink(dangling, "no-such-file.txt");
        Directory.CreateDirectory(Path.Combine(build.BookFolder, "deeper"));
        File.CreateSymbolicLink(Path.Combine(build.BookFolder, "deeper", "round"), "../deeper/round");
        build.Write(Path.Combine("deeper", "also-good.md"), "---\ntitle: Deeper\n---\n\nText.\n");

        var outcome = build.Build(build.BookFolder);

        GoodBuiltAndRunFailed(build, outcome);
        Assert.True(File.Exists(build.Edition("also-good.md", ".pdf")), outcome.StandardError);
        ErrorAt(outcome, first, "PUB1022", "loop");
        ErrorAt(outcome, second, "PUB1022", "loop");
        ErrorAt(outcome, dangling, "PUB1022", "target does not exist");
    }

    [Fact]
    public void An_image_that_is_a_fifo_is_refused_without_blocking()
    {
        using var build = new HostileBuild();
        WriteGood(build);
        var manuscript = build.Write("photo.md", "---\ntitle: Photo\n---\n\n![A view](view.png)\n\nText.\n");
        SpecialFiles.Fifo(Path.Combine(build.BookFolder, "view.png"));

        var outcome = build.Build(build.BookFolder, "--time-limit", "10");

        GoodBuiltAndRunFailed(build, outcome);
        var lines = HostileBuild.Lines(outcome, manuscript, "error", "PUB1204");
        Assert.True(lines.Count == 1, outcome.StandardError);
        Assert.Contains("FIFO", lines[0].Groups["message"].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_swapped_for_a_fifo_after_a_cached_build_does_not_block_the_next_build()
    {
        using var build = new HostileBuild();
        WriteGood(build);
        var manuscript = build.Write("photo.md", "---\ntitle: Photo\n---\n\n![A view](view.png)\n\nText.\n");
        var image = build.WriteBytes("view.png", TestImages.Png(8, 8, (200, 30, 30)));
        var first = build.Build(build.BookFolder);
        Assert.True(first.ExitCode == 0, first.StandardError);
        File.Delete(image);
        SpecialFiles.Fifo(image);

        // The cache check hashes the recorded inputs before any reader runs: that hash must not open the FIFO.
        var outcome = build.Build(build.BookFolder, "--time-limit", "10");

        Assert.True(outcome.ExitCode == 1, $"exit {outcome.ExitCode}\n{outcome.StandardError}");
        Assert.True(HostileBuild.Lines(outcome, manuscript, "error", "PUB1204").Count == 1, outcome.StandardError);
        Assert.True(File.Exists(build.Edition("good.md", ".pdf")), outcome.StandardError);
    }

    [Fact]
    public void A_manuscript_named_directly_is_followed_but_must_be_a_regular_file()
    {
        using var build = new HostileBuild();
        Outside(build, "named.txt", "\nNamed\n\nAn Author\n\nLegacy\n\nA paragraph.\n");
        var link = Path.Combine(build.BookFolder, "named.txt");
        Directory.CreateDirectory(build.BookFolder);
        File.CreateSymbolicLink(link, "../other/named.txt");
        var device = Path.Combine(build.BookFolder, "zero.md");
        File.CreateSymbolicLink(device, "/dev/zero");

        var followed = build.Build(link);
        var refused = build.Build(device, "--time-limit", "10");

        Assert.True(followed.ExitCode == 0, followed.StandardError);
        Assert.True(File.Exists(build.Edition("named.txt", ".pdf")), followed.StandardError);
        Assert.Equal(1, refused.ExitCode);
        ErrorAt(refused, device, "PUB1020", "character device");
        Assert.False(File.Exists(build.Edition("zero.md", ".pdf")));
    }

    [Fact]
    public void A_manifest_entry_that_leads_outside_the_manifests_folder_fails_alone_at_its_line()
    {
        using var build = new HostileBuild();
        WriteGood(build);
        var secret = Outside(build, "secret.txt", LegacyExport);
        var absolute = Outside(build, "absolute.txt", LegacyExport);
        File.CreateSymbolicLink(Path.Combine(build.BookFolder, "leak.txt"), secret);
        var manifest = build.Write("publish.yaml", $$"""
            output: ../out
            manuscripts:
              - good.md
              - ../other/secret.txt
              - leak.txt
              - path: {{absolute}}
                metadata: { series: Leak }
              - ../other/
            """);

        var outcome = PublishProcess.Run(build.BookFolder, new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1700000000" }, "build", manifest);

        GoodBuiltAndRunFailed(build, outcome);
        var refused = HostileBuild.Lines(outcome, manifest, "error", "PUB1021");
        Assert.True(
            refused.Select(m => m.Groups["line"].Value + ":" + m.Groups["column"].Value).SequenceEqual(["4:5", "5:5", "6:11", "8:5"]),
            outcome.StandardError);
        Assert.All(refused, m => Assert.Contains("outside the manifest's folder", m.Groups["message"].Value, StringComparison.Ordinal));
        Assert.Equal(2, build.Outputs().Length);
    }

    [Fact]
    public void A_kernel_file_is_not_read_as_a_manuscript()
    {
        using var build = new HostileBuild();

        var outcome = build.Build("/proc/self/status", "--time-limit", "10");

        Assert.True(outcome.ExitCode == 1, $"exit {outcome.ExitCode}\n{outcome.StandardError}");
        ErrorAt(outcome, "/proc/self/status", "PUB1024", "not an ordinary file");
        Assert.DoesNotContain("VmRSS", outcome.StandardError, StringComparison.Ordinal);
        Assert.Empty(build.Outputs());
    }

    [Fact]
    public void Inspect_refuses_a_fifo_and_a_folder_named_like_a_manuscript()
    {
        using var build = new HostileBuild();
        var fifo = SpecialFiles.Fifo(Path.Combine(build.BookFolder, "pipe.md"));
        var folder = Path.Combine(build.BookFolder, "folder.md");
        Directory.CreateDirectory(folder);

        var pipe = PublishProcess.Run("inspect", fifo);
        var directory = PublishProcess.Run("inspect", folder);

        Assert.Equal(1, pipe.ExitCode);
        ErrorAt(pipe, fifo, "PUB1020", "FIFO");
        Assert.Equal(1, directory.ExitCode);
        ErrorAt(directory, folder, "PUB1020", "folder");
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void An_unreadable_subfolder_fails_alone()
    {
        using var build = new HostileBuild();
        WriteGood(build);
        var locked = Path.Combine(build.BookFolder, "locked");
        build.Write(Path.Combine("locked", "hidden-away.md"), "---\ntitle: Locked\n---\n\nText.\n");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var outcome = RunWithoutOverridingPermissions(build);

            GoodBuiltAndRunFailed(build, outcome);
            ErrorAt(outcome, locked, "PUB1023", "cannot be listed");
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>
    /// The build as a user for whom a mode-000 folder is unreadable: run as root (CI containers), the process loses
    /// the capabilities that let root read any folder (<c>setpriv</c>, util-linux).
    /// </summary>
    private static PublishProcess.Outcome RunWithoutOverridingPermissions(HostileBuild build)
    {
        var arguments = new List<string>();
        var program = "dotnet";
        if (Environment.UserName == "root")
        {
            program = "setpriv";
            arguments.AddRange(["--bounding-set=-dac_override,-dac_read_search", "dotnet"]);
        }

        arguments.AddRange([Path.Combine(AppContext.BaseDirectory, "publish.dll"), "build", build.BookFolder, "-o", build.OutputFolder]);
        var start = new ProcessStartInfo(program, arguments) { WorkingDirectory = Repo.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["SOURCE_DATE_EPOCH"] = "1700000000";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("publish did not finish in 120 s");
        }

        return new PublishProcess.Outcome(process.ExitCode, output.Result, error.Result);
    }
}
