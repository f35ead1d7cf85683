using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Publish.Engine.Caching;

namespace Publish.Engine.Tests.Hostile;

/// <summary>
/// Issue 14, "editions are ours alone to touch": a configuration error touches nothing (exit code 2); a manuscript
/// that fails keeps its previous editions, listed as stale in the report; only temporary files proven ours and
/// abandoned are removed; output paths are checked; disk failures are coded diagnostics. Through the real CLI.
/// </summary>
public sealed class EditionTrustTests
{
    private const string Good = "---\ntitle: Trust\n---\n\nA paragraph.[^1]\n\n[^1]: A note.\n";

    /// <summary>A manuscript the reader refuses (invalid UTF-8 on line 5): an error, exit code 1.</summary>
    private static readonly byte[] Broken = [.. "---\ntitle: Trust\n---\n\nA paragraph "u8, 0xFF, .. " broken.\n"u8];

    [Fact]
    public void A_mistyped_style_is_a_usage_error_that_touches_no_edition_nor_cache_entry()
    {
        using var build = new HostileBuild();
        var path = build.Write("a.md", Good);
        build.Write("b.md", Good.Replace("Trust", "Other", StringComparison.Ordinal));
        Assert.Equal(0, build.Build(build.BookFolder).ExitCode);
        var before = Snapshot(build, withCache: true);

        var outcome = build.Build(build.BookFolder, "--style", "styles/defualt.yaml");

        Assert.True(outcome.ExitCode == 2, $"exit {outcome.ExitCode}\n{outcome.StandardError}");
        Assert.Contains("styles/defualt.yaml", outcome.StandardError, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(build, withCache: true));
        Assert.True(File.Exists(build.Edition(path, ".pdf")));
    }

    [Fact]
    public void A_mistyped_style_does_not_even_create_the_output_folder()
    {
        using var build = new HostileBuild();
        build.Write("a.md", Good);

        var outcome = build.Build(build.BookFolder, "--style", "styles/defualt.yaml", "--quiet");

        Assert.True(outcome.ExitCode == 2, $"exit {outcome.ExitCode}\n{outcome.StandardError}");
        Assert.False(Directory.Exists(build.OutputFolder));
    }

    [Fact]
    public void A_failing_manuscript_keeps_its_previous_editions_listed_as_stale_and_its_cache_entry_does_not_replay_them()
    {
        using var build = new HostileBuild();
        var path = build.Write("a.md", Good);
        var other = build.Write("b.md", Good.Replace("Trust", "Other", StringComparison.Ordinal));
        Assert.Equal(0, build.Build(build.BookFolder).ExitCode);
        var before = Snapshot(build);
        build.WriteBytes("a.md", Broken);

        var report = build.Scratch.File("report.json");
        foreach (var round in new[] { 1, 2 })
        {
            // The second round finds the same failing input: it must fail again, never replay the old entry.
            var outcome = build.Build(build.BookFolder, "--report", report);

            Assert.True(outcome.ExitCode == 1, $"round {round}: exit {outcome.ExitCode}\n{outcome.StandardError}");
            Assert.NotEmpty(HostileBuild.Lines(outcome, path, "error", Model.Diagnostics.DiagnosticCodes.InvalidUtf8));
            Assert.Single(WholeFileLines(outcome, build.Edition(path, ".pdf"), "warning", EngineDiagnosticCodes.StaleEditionKept));
            Assert.Single(WholeFileLines(outcome, build.Edition(path, ".epub"), "warning", EngineDiagnosticCodes.StaleEditionKept));
            Assert.Equal(before, Snapshot(build));
            using var json = JsonDocument.Parse(File.ReadAllBytes(report));
            var results = json.RootElement.GetProperty("results").EnumerateArray().ToList();
            var failed = Assert.Single(results, r => ReportPath(r, "source") == path);
            Assert.Equal("failed", failed.GetProperty("status").GetString());
            Assert.Empty(failed.GetProperty("outputs").EnumerateArray());
            AssertStale(failed, before.Where(e => Path.GetFileNameWithoutExtension(e.Key) == "a").ToDictionary(StringComparer.Ordinal));
            var good = Assert.Single(results, r => ReportPath(r, "source") == other);
            Assert.Empty(good.GetProperty("stale").EnumerateArray());
            Assert.Equal(2, json.RootElement.GetProperty("staleEditions").GetInt32());
        }
    }

    [Fact]
    public void An_internal_error_fails_that_manuscript_only_keeps_its_editions_and_the_report_is_written()
    {
        using var build = new HostileBuild();
        var path = build.Write("a.md", Good);
        var other = build.Write("b.md", Good.Replace("Trust", "Other", StringComparison.Ordinal));
        Assert.Equal(0, build.Build(path).ExitCode);
        var before = Snapshot(build);
        var report = build.Scratch.File("report.json");
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["SOURCE_DATE_EPOCH"] = "1700000000", [TestHooks.Variable] = new TestHooks(InternalErrorIn: "a.md").ToEnvironmentValue() };

        var outcome = PublishProcess.Run(Repo.Root, environment, "build", build.BookFolder, "-o", build.OutputFolder, "--force", "--report", report);

        Assert.True(outcome.ExitCode == 3, $"exit {outcome.ExitCode}\n{outcome.StandardError}");
        Assert.Single(WholeFileLines(outcome, path, "error", EngineDiagnosticCodes.InternalError));
        Assert.All(before, e => Assert.Equal(e.Value, Snapshot(build)[e.Key]));
        Assert.Equal(before.Keys.Append(build.Edition(other, ".epub")).Append(build.Edition(other, ".pdf")).Order(StringComparer.Ordinal), build.Outputs().Order(StringComparer.Ordinal));
        Assert.True(EditionBytes.IsCompletePdf(File.ReadAllBytes(build.Edition(other, ".pdf"))), "the other manuscript's PDF is incomplete");
        using var json = JsonDocument.Parse(File.ReadAllBytes(report));
        var results = json.RootElement.GetProperty("results").EnumerateArray().ToList();
        var failed = Assert.Single(results, r => ReportPath(r, "source") == path);
        Assert.Equal("failed", failed.GetProperty("status").GetString());
        AssertStale(failed, before);
        Assert.Equal("built", Assert.Single(results, r => ReportPath(r, "source") == other).GetProperty("status").GetString());
    }

    [Fact]
    public void A_pdf_only_build_leaves_the_epub_in_place_and_lists_it_as_stale()
    {
        using var build = new HostileBuild();
        var path = build.Write("a.md", Good);
        Assert.Equal(0, build.Build(path).ExitCode);
        var epub = build.Edition(path, ".epub");
        var before = Snapshot(build);
        build.Write("a.md", Good.Replace("A paragraph.", "A revised paragraph.", StringComparison.Ordinal));

        var report = build.Scratch.File("report.json");
        var outcome = build.Build(path, "--format", "pdf", "--report", report);

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        Assert.Single(WholeFileLines(outcome, epub, "info", EngineDiagnosticCodes.EditionNotRebuilt));
        Assert.Equal(before[epub], Snapshot(build)[epub]);
        using var json = JsonDocument.Parse(File.ReadAllBytes(report));
        var result = Assert.Single(json.RootElement.GetProperty("results").EnumerateArray());
        Assert.Equal("built", result.GetProperty("status").GetString());
        var output = Assert.Single(result.GetProperty("outputs").EnumerateArray());
        Assert.Equal(build.Edition(path, ".pdf"), ReportPath(output, "path"));
        var stale = Assert.Single(result.GetProperty("stale").EnumerateArray());
        Assert.Equal(("epub", epub, "stale", before[epub]), (stale.GetProperty("format").GetString(), ReportPath(stale, "path"), stale.GetProperty("status").GetString(), stale.GetProperty("sha256").GetString()));
    }

    [Fact]
    public void Foreign_hidden_files_and_a_running_builds_temporary_files_are_never_removed()
    {
        using var build = new HostileBuild();
        var path = build.Write("a.md", Good);
        Directory.CreateDirectory(build.OutputFolder);

        // A running build elsewhere (another container: its PID means nothing here): our name shape, its lock held.
        // Its serial, 4242, is a PID that runs nowhere: a guess from PIDs would take the file for abandoned.
        var running = Guid.NewGuid().ToString("N");
        var lockFile = LockFile(build, running);
        Directory.CreateDirectory(Path.GetDirectoryName(lockFile)!);
        using var held = new FileStream(lockFile, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
        if (!OperatingSystem.IsMacOS())
        {
            held.Lock(0, 1);
        }

        var keep = new[]
        {
            build.Scratch.Write("out/.thesis.docx.4242.tmp", "someone else's"),
            build.Scratch.Write("out/.a.pdf.1.4242.tmp", "an older tool's shape, or anyone's"),
            build.Scratch.Write($"out/.a.pdf.{running}.4242.tmp", "a running build's"),
            build.Scratch.Write($"out/.a.pdf.{Guid.NewGuid():N}.4242.tmp", "an owner with no lock file: unproven"),
        };

        var outcome = build.Build(path);

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        Assert.All(keep, f => Assert.True(File.Exists(f), $"{Path.GetFileName(f)} was removed"));
        Assert.True(File.Exists(lockFile));
    }

    [Fact]
    public void An_abandoned_builds_temporary_files_are_removed_with_its_lock_file()
    {
        using var build = new HostileBuild();
        var path = build.Write("a.md", Good);
        var ended = Guid.NewGuid().ToString("N");
        var lockFile = LockFile(build, ended);
        Directory.CreateDirectory(Path.GetDirectoryName(lockFile)!);
        File.WriteAllText(lockFile, string.Empty);
        var leftovers = new[]
        {
            build.Scratch.Write($"out/.a.pdf.{ended}.7.tmp", "half an edition"),
            build.Scratch.Write($"out/{BuildCache.FolderName}/.a.json.{ended}.8.tmp", "half a cache entry"),
        };
        var foreign = build.Scratch.Write("out/.thesis.docx.4242.tmp", "someone else's");

        var outcome = build.Build(path);

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        Assert.All(leftovers, f => Assert.False(File.Exists(f), $"{Path.GetFileName(f)} was left"));
        Assert.False(File.Exists(lockFile));
        Assert.True(File.Exists(foreign));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(lockFile)!));
    }

    [Fact]
    public void A_manuscript_with_a_240_character_name_builds()
    {
        using var build = new HostileBuild();
        // 240 characters, 252 bytes: legal; the editions' names take 254 bytes, no room for a temporary suffix.
        var name = new string('é', 12) + new string('n', 225) + ".md";
        Assert.Equal((240, 252), (name.Length, Encoding.UTF8.GetByteCount(name)));
        var path = build.Write(name, Good);

        var outcome = build.Build(path);

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        HostileAssert.BuiltCompletely(build, path);
    }

    public static TheoryData<string> ReportTargets() => ["manuscript", "edition", "stale-edition", "folder", "fifo", "/dev/null", "symlink-to-manuscript", "missing-folder", "under-a-file"];

    [Theory]
    [MemberData(nameof(ReportTargets))]
    public void A_report_path_that_is_an_input_an_edition_or_not_a_regular_file_is_refused_and_nothing_is_built(string kind)
    {
        using var build = new HostileBuild();
        var path = build.Write("a.md", Good);
        Assert.Equal(0, build.Build(path, "--format", "pdf").ExitCode);
        var before = Snapshot(build, withCache: true);
        var manuscript = File.ReadAllBytes(path);
        var target = kind switch
        {
            "manuscript" => path,
            "edition" => build.Edition(path, ".pdf"),
            "stale-edition" => build.Edition(path, ".epub"),
            "folder" => build.BookFolder,
            "fifo" => build.Scratch.File("pipe.json"),
            "symlink-to-manuscript" => build.Scratch.File("link.json"),
            "missing-folder" => build.Scratch.File("nowhere/report.json"),
            "under-a-file" => Path.Combine(path, "report.json"),
            _ => kind,
        };
        if (kind == "fifo")
        {
            Assert.True(TmpfsMount.Run("mkfifo", target), "mkfifo failed");
        }
        else if (kind == "symlink-to-manuscript")
        {
            File.CreateSymbolicLink(target, path);
        }

        var outcome = build.Build(path, "--report", target);
        var devNull = RestoreDevNull();

        Assert.True(outcome.ExitCode == 2, $"{kind}: exit {outcome.ExitCode}\n{outcome.StandardError}");
        Assert.Single(WholeFileLines(outcome, target, "error", EngineDiagnosticCodes.OutputPathRefused));
        Assert.Equal(before, Snapshot(build, withCache: true));
        Assert.Equal(manuscript, File.ReadAllBytes(path));
        Assert.Equal("character special file", devNull);
        Assert.True(kind != "fifo" || TypeOf(target) == "fifo", "the FIFO was replaced");
    }

    /// <summary>The report may go in the output folder before the build has made it (the release script's usual call).</summary>
    [Fact]
    public void A_report_in_the_output_folder_the_build_makes_is_written()
    {
        using var build = new HostileBuild();
        var path = build.Write("a.md", Good);
        var report = Path.Combine(build.OutputFolder, "report.json");

        var outcome = build.Build(path, "--report", report);

        Assert.True(outcome.ExitCode == 0, $"exit {outcome.ExitCode}\n{outcome.StandardError}");
        Assert.Contains("\"outputs\"", File.ReadAllText(report), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("source")]
    [InlineData("/dev/null")]
    [InlineData("folder")]
    public void Import_refuses_to_write_over_its_source_or_a_file_that_is_not_regular(string kind)
    {
        using var build = new HostileBuild();
        var path = build.Write("a.md", Good);
        var target = kind switch { "source" => path, "folder" => build.BookFolder, _ => kind };

        var outcome = PublishProcess.Run("import", path, "-o", target);
        var devNull = RestoreDevNull();

        Assert.True(outcome.ExitCode == 2, $"{kind}: exit {outcome.ExitCode}\n{outcome.StandardError}");
        Assert.Single(WholeFileLines(outcome, target, "error", EngineDiagnosticCodes.OutputPathRefused));
        Assert.Equal(Good, File.ReadAllText(path));
        Assert.Equal("character special file", devNull);
    }

    [TmpfsFact]
    public void A_full_disk_is_a_coded_error_for_that_manuscript_and_leaves_no_temporary_file()
    {
        using var build = new HostileBuild();
        using var disk = TmpfsMount.Mount(build.OutputFolder, kilobytes: 48);

        // The long manuscript's editions do not fit in 48 KiB; the disk fills while they are written.
        var path = build.Write("a.md", Good + string.Concat(Enumerable.Range(0, 400).Select(i => $"\nParagraph {i} of a book too long for its disk, with words enough to fill it.\n")));
        var report = build.Scratch.File("report.json");

        var outcome = build.Build(path, "--report", report);

        Assert.True(outcome.ExitCode == 1, $"exit {outcome.ExitCode}\n{outcome.StandardError}");
        Assert.Matches($@"(?m)^{System.Text.RegularExpressions.Regex.Escape(build.OutputFolder)}/a\.(pdf|epub): error {EngineDiagnosticCodes.OutputNotWritable}: cannot write the edition: No space left on device", outcome.StandardError);
        Assert.DoesNotContain("internal error", outcome.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.EnumerateFiles(build.OutputFolder, "*", SearchOption.AllDirectories), f => Path.GetFileName(f).EndsWith(".tmp", StringComparison.Ordinal));
        Assert.Equal("failed", Assert.Single(JsonDocument.Parse(File.ReadAllBytes(report)).RootElement.GetProperty("results").EnumerateArray()).GetProperty("status").GetString());
    }

    [TmpfsFact]
    public void A_read_only_file_system_under_an_existing_output_folder_is_a_coded_error_that_keeps_the_editions()
    {
        using var build = new HostileBuild();
        using var disk = TmpfsMount.Mount(build.OutputFolder, kilobytes: 4096);

        var path = build.Write("a.md", Good);
        Assert.Equal(0, build.Build(path).ExitCode);
        var before = Snapshot(build, withCache: true);
        disk.RemountReadOnly();
        build.Write("a.md", Good.Replace("A paragraph.", "A revised paragraph.", StringComparison.Ordinal));

        var outcome = build.Build(path);

        Assert.True(outcome.ExitCode == 1, $"exit {outcome.ExitCode}\n{outcome.StandardError}");
        Assert.Contains($"error {EngineDiagnosticCodes.OutputNotWritable}: cannot write the edition: Read-only file system", outcome.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", outcome.StandardError, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(build, withCache: true));
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("-1")]
    [InlineData("0")]
    [InlineData("Infinity")]
    [InlineData("1e308")]
    [InlineData("0,5")]
    [InlineData("soon")]
    public void A_watch_interval_that_is_no_sensible_number_of_seconds_is_a_usage_error(string interval)
    {
        using var build = new HostileBuild();
        var path = build.Write("a.md", Good);

        var outcome = PublishProcess.Run(Repo.Root, new Dictionary<string, string>(StringComparer.Ordinal), "watch", path, "-o", build.OutputFolder, "--interval", interval);

        Assert.True(outcome.ExitCode == 2, $"{interval}: exit {outcome.ExitCode}\n{outcome.StandardError}");
        Assert.StartsWith("publish: --interval", outcome.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(build.OutputFolder));
    }

    [Fact]
    public void Watch_keeps_the_last_good_editions_on_an_error_and_prints_it_once_per_change()
    {
        using var build = new HostileBuild();
        var path = build.Write("a.md", Good);
        var pdf = build.Edition(path, ".pdf");
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["SOURCE_DATE_EPOCH"] = "1700000000" };
        using var watch = new WatchProcess(build.Scratch.Path, environment, path, "-o", build.OutputFolder, "--interval", "0.1");
        int Errors() =>
            HostileBuild.Lines(new PublishProcess.Outcome(0, string.Empty, watch.Output.Replace("\r", string.Empty, StringComparison.Ordinal)), path, "error", Model.Diagnostics.DiagnosticCodes.InvalidUtf8).Count;

        watch.WaitUntil(() => File.Exists(pdf) && File.Exists(build.Edition(path, ".epub")));
        var good = Snapshot(build);

        build.WriteBytes("a.md", Broken);
        watch.WaitUntil(() => Errors() == 1);
        Thread.Sleep(2500); // 25 polls or so of the same failing input
        Assert.Equal(1, Errors());
        Assert.Equal(good, Snapshot(build));

        // A change (still failing) is news again.
        build.WriteBytes("a.md", [.. Broken, .. "\nMore text.\n"u8]);
        watch.WaitUntil(() => Errors() == 2);
        Assert.Equal(good, Snapshot(build));
    }

    /// <summary>The diagnostic lines about a whole file (no line and column), e.g. <c>out/a.pdf: warning PUB7010: …</c>.</summary>
    internal static IReadOnlyList<System.Text.RegularExpressions.Match> WholeFileLines(PublishProcess.Outcome outcome, string file, string severity, string code) =>
        System.Text.RegularExpressions.Regex.Matches(outcome.StandardError, $@"^{System.Text.RegularExpressions.Regex.Escape(file)}: {severity} {code}: (?<message>.*)$", System.Text.RegularExpressions.RegexOptions.Multiline).ToList();

    /// <summary>The editions in the output folder (and with <paramref name="withCache"/> every cache file) by path, with their SHA-256 and time.</summary>
    internal static Dictionary<string, string> Snapshot(HostileBuild build, bool withCache = false)
    {
        var files = withCache
            ? Directory.Exists(build.OutputFolder) ? Directory.GetFiles(build.OutputFolder, "*", SearchOption.AllDirectories) : []
            : build.Outputs();
        return files.Order(StringComparer.Ordinal).ToDictionary(
            f => f,
            f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))) + (withCache ? "@" + File.GetLastWriteTimeUtc(f).Ticks : string.Empty),
            StringComparer.Ordinal);
    }

    /// <summary>A path of the report made absolute: the report writes paths relative to the build's working folder, where these builds run <c>publish</c>.</summary>
    internal static string ReportPath(JsonElement element, string property) => Path.GetFullPath(element.GetProperty(property).GetString()!, Repo.Root);

    /// <summary>The report's <c>stale</c> list names exactly the editions of <paramref name="before"/>, with their hashes.</summary>
    internal static void AssertStale(JsonElement result, Dictionary<string, string> before)
    {
        var stale = result.GetProperty("stale").EnumerateArray()
            .ToDictionary(e => ReportPath(e, "path"), e => e.GetProperty("sha256").GetString()!, StringComparer.Ordinal);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), stale.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, e => Assert.Equal(e.Value, stale[e.Key]));
        Assert.All(result.GetProperty("stale").EnumerateArray(), e => Assert.Equal("stale", e.GetProperty("status").GetString()));
    }

    /// <summary>Where a build's owner lock lives (spelled out, not asked of the engine: the test states the contract).</summary>
    private static string LockFile(HostileBuild build, string owner) =>
        Path.Combine(build.OutputFolder, BuildCache.FolderName, "owners", owner + ".lock");

    /// <summary>
    /// The type /dev/null had after the command; a build that replaced it (run as root, as here and in CI) would break
    /// every process on the machine, so the device is made again at once, before the test fails.
    /// </summary>
    private static string RestoreDevNull()
    {
        var type = TypeOf("/dev/null");
        if (type != "character special file")
        {
            File.Delete("/dev/null");
            TmpfsMount.Run("mknod", "-m", "666", "/dev/null", "c", "1", "3");
        }

        return type;
    }

    /// <summary>The file type as stat(1) names it ("regular file", "fifo", "character special file").</summary>
    private static string TypeOf(string path)
    {
        var start = new ProcessStartInfo("stat", ["-c", "%F", path]) { RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var type = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return type;
    }
}
