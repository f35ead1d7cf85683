using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Publish.Engine.Budget;
using Publish.Model.Diagnostics;

namespace Publish.Engine.Tests.Hostile;

/// <summary>
/// Issue 7 row 7: a per-build wall-clock and memory budget, so no input can make a CI job hang. Over a limit the
/// manuscript is refused (E: PUB7008 time, PUB7009 memory, exit code 1, no edition written; a previous one is kept
/// untouched with warning PUB7010 and listed as stale in the report)
/// and the others go on; a stage that never reaches a check point is ended by the watchdog. Through the real CLI.
/// </summary>
public sealed class BudgetTests
{
    /// <summary>
    /// How long a refused build may take from process start to exit: start-up and JIT (a few seconds on a loaded
    /// 2-core machine) plus the limit plus the watchdog's grace. A build that ignores its limit takes far longer:
    /// the long manuscript below needs 10–20 s to build in full.
    /// </summary>
    private static readonly TimeSpan StopsWithin = TimeSpan.FromSeconds(25);

    /// <summary>
    /// Reading ~7 MB takes most of a second: past a tiny limit the reader's own check points stop it, rather than the
    /// watchdog, which would end the whole process and every other manuscript of an archive with it. (Markdig's parse
    /// itself cannot be interrupted: the watchdog's 5 s grace covers it.)
    /// </summary>
    [Fact]
    public void A_huge_manuscript_over_its_time_limit_while_reading_is_stopped_by_the_reader_not_the_watchdog()
    {
        using var build = new HostileBuild();
        var large = build.Write("a-large.md", LongManuscript(sections: 1000));

        var outcome = build.BuildUnprofiled(large, "--time-limit", "0.05", "--format", "epub");

        var message = Assert.Single(HostileBuild.Lines(outcome, large, "error", EngineDiagnosticCodes.TimeLimitExceeded)).Groups["message"].Value;
        // A loaded machine may pass the limit before reading starts; either way a check point stops it, not the watchdog.
        Assert.Matches("^stopped after [0-9.]+ s while (starting|reading the manuscript): over its time limit of 0.05 s", message);
        Assert.DoesNotContain("watchdog", message, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", outcome.StandardError, StringComparison.Ordinal);
        Assert.True(outcome.ExitCode == 1, outcome.StandardError);
        Assert.Empty(build.Outputs());
    }

    [Fact]
    public void A_long_manuscript_over_a_tiny_time_limit_is_refused_and_its_previous_editions_kept_as_stale()
    {
        using var build = new HostileBuild();
        var path = build.Write("book.md", LongManuscript(sections: 30));
        var unlimited = build.BuildUnprofiled(path, "--time-limit", "0", "--memory-limit", "0");
        Assert.True(unlimited.ExitCode == 0, unlimited.StandardError);
        HostileAssert.BuiltCompletely(build, path);
        var before = EditionTrustTests.Snapshot(build);

        var clock = Stopwatch.StartNew();
        var report = build.Scratch.File("report.json");
        var limited = build.BuildUnprofiled(path, "--time-limit", "0.05", "--force", "--report", report);
        clock.Stop();

        var message = Assert.Single(HostileBuild.Lines(limited, path, "error", EngineDiagnosticCodes.TimeLimitExceeded)).Groups["message"].Value;
        Assert.True(limited.ExitCode == 1, limited.StandardError);
        Assert.Contains("over its time limit of 0.05 s", message, StringComparison.Ordinal);
        Assert.Matches("^stopped after [0-9.]+ s while (starting|reading the manuscript|typesetting|writing the PDF|writing the EPUB):", message);
        Assert.DoesNotContain("watchdog", message, StringComparison.Ordinal);
        Assert.Contains($"{build.Edition(path, ".pdf")}: warning {EngineDiagnosticCodes.StaleEditionKept}", limited.StandardError, StringComparison.Ordinal);
        Assert.Equal(before, EditionTrustTests.Snapshot(build));
        Assert.True(clock.Elapsed < StopsWithin, $"the refused build took {clock.Elapsed}");

        // A release script reads the limits, the failure and the stale editions from the report.
        using var json = JsonDocument.Parse(File.ReadAllBytes(report));
        Assert.Equal(0.05, json.RootElement.GetProperty("budget").GetProperty("timeLimitSeconds").GetDouble());
        Assert.True(json.RootElement.GetProperty("budget").GetProperty("memoryLimitMegabytes").GetInt64() >= BuildBudget.MinimumDefaultMemoryLimitMegabytes);
        var result = Assert.Single(json.RootElement.GetProperty("results").EnumerateArray());
        Assert.Equal("failed", result.GetProperty("status").GetString());
        Assert.Contains(result.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == EngineDiagnosticCodes.TimeLimitExceeded);
        EditionTrustTests.AssertStale(result, before);
    }

    [Fact]
    public void A_memory_limit_below_what_the_process_needs_refuses_the_manuscript()
    {
        using var build = new HostileBuild();
        var path = build.Write("a.md", "---\ntitle: Small\n---\n\nOne paragraph.\n");

        var outcome = build.BuildUnprofiled(path, "--memory-limit", "1");

        var message = HostileAssert.Refused(build, outcome, path, EngineDiagnosticCodes.MemoryLimitExceeded, line: 1);
        Assert.Matches(@"the process used [0-9.]+ MB, over its memory limit of 1 MB", message);
    }

    [Fact]
    public void An_out_of_memory_exception_refuses_that_manuscript_and_the_others_are_built()
    {
        using var build = new HostileBuild();

        // A 42 MB manuscript under an 80 MB managed heap (the runtime's own hard limit, hexadecimal): reading it
        // throws OutOfMemoryException, which must become PUB7009 for it alone, not a crash of the tool.
        var paragraph = string.Join(' ', Enumerable.Repeat("archive institute harbour treaty council question of the ministry record coast", 15)) + "\n\n";
        var huge = build.Write("a-huge.md", "---\ntitle: Huge\n---\n\n" + string.Concat(Enumerable.Repeat(paragraph, 40_000)));
        var small = build.Write("b-small.md", "---\ntitle: Small\n---\n\nA short article.\n");
        var heap = new Dictionary<string, string>(StringComparer.Ordinal) { ["SOURCE_DATE_EPOCH"] = "1700000000", ["DOTNET_GCHeapHardLimit"] = "0x5000000" };

        var outcome = PublishProcess.Run(Repo.Root, PublishProcess.Unprofiled(heap), "build", build.BookFolder, "-o", build.OutputFolder, "--jobs", "1");

        var line = Assert.Single(HostileBuild.Lines(outcome, huge, "error", EngineDiagnosticCodes.MemoryLimitExceeded));
        Assert.Contains("the process ran out of memory", line.Groups["message"].Value, StringComparison.Ordinal);
        Assert.True(outcome.ExitCode == 1, $"exit {outcome.ExitCode}\n{outcome.StandardError}");
        Assert.Equal([build.Edition(small, ".epub"), build.Edition(small, ".pdf")], build.Outputs().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void In_an_archive_only_the_manuscript_over_its_time_limit_is_refused()
    {
        using var build = new HostileBuild();
        // ~3,600 pages: several times what the limit allows even on a fast machine (~7 s on an idle 2-core one),
        // stopped long before it is done. Built first (one job, ordinal order), it pays for the JIT, so the small
        // one builds warm well within the limit however loaded the machine.
        var large = build.Write("a-large.md", LongManuscript(sections: 1600));
        var small = build.Write("b-small.md", "---\ntitle: Small\n---\n\nA short article.[^1]\n\n[^1]: With a note.\n");

        // 4 s, not less: on a machine loaded by parallel builds reading the 12 MB manuscript took over 4.5 s. The
        // watchdog acts 5 s past the limit; typesetting reaches a check point after every block and every page.
        var outcome = build.BuildUnprofiled(build.BookFolder, "--time-limit", "4", "--jobs", "1");

        var message = Assert.Single(HostileBuild.Lines(outcome, large, "error", EngineDiagnosticCodes.TimeLimitExceeded)).Groups["message"].Value;

        // Reading ~12 MB takes about a second, so on all but a very loaded machine it stops while typesetting, and says how far it got.
        if (message.Contains("while typesetting", StringComparison.Ordinal))
        {
            Assert.Matches(@"while typesetting \([0-9]+ % of the body set, through line [0-9]+\)", message);
        }

        Assert.True(outcome.ExitCode == 1, outcome.StandardError);
        Assert.DoesNotContain($"{small}:", outcome.StandardError, StringComparison.Ordinal);
        Assert.Equal([build.Edition(small, ".epub"), build.Edition(small, ".pdf")], build.Outputs().Order(StringComparer.Ordinal));
        Assert.True(EditionBytes.IsCompletePdf(File.ReadAllBytes(build.Edition(small, ".pdf"))));
    }

    [Fact]
    public void A_stage_that_never_reaches_a_check_point_is_ended_by_the_watchdog_keeps_its_previous_editions_and_writes_the_report()
    {
        using var build = new HostileBuild();
        var path = build.Write("a.md", "---\ntitle: Hung\n---\n\nA paragraph.\n");
        Assert.Equal(0, build.Build(path).ExitCode);
        var before = EditionTrustTests.Snapshot(build);
        var report = build.Scratch.File("report.json");

        // Reading is the first stage, entered within milliseconds, so no check point can stop the build before the
        // hang however loaded the machine: only the watchdog can.
        var clock = Stopwatch.StartNew();
        var outcome = PublishProcess.Run(Repo.Root, PublishProcess.Unprofiled(HangIn(BuildStage.Reading)), "build", path, "-o", build.OutputFolder, "--time-limit", "2", "--force", "--report", report);
        clock.Stop();

        var message = Assert.Single(HostileBuild.Lines(outcome, path, "error", EngineDiagnosticCodes.TimeLimitExceeded)).Groups["message"].Value;
        Assert.True(outcome.ExitCode == 1, outcome.StandardError);
        Assert.StartsWith("stopped by the watchdog after ", message, StringComparison.Ordinal);
        Assert.Contains("while reading the manuscript, a stage that never reached a check point", message, StringComparison.Ordinal);
        Assert.Contains($"{build.Edition(path, ".pdf")}: warning {EngineDiagnosticCodes.StaleEditionKept}", outcome.StandardError, StringComparison.Ordinal);
        Assert.Equal(before, EditionTrustTests.Snapshot(build));
        var seconds = double.Parse(message.Split(' ')[5], CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 7, 14); // the limit (2 s) plus its grace (5 s), checked every 0.1 s
        Assert.True(clock.Elapsed < StopsWithin, $"the watchdog ended the build after {clock.Elapsed}");

        using var json = JsonDocument.Parse(File.ReadAllBytes(report));
        var result = Assert.Single(json.RootElement.GetProperty("results").EnumerateArray());
        Assert.Equal("failed", result.GetProperty("status").GetString());
        EditionTrustTests.AssertStale(result, before);
    }

    [Fact]
    public void A_list_of_twenty_thousand_items_set_as_one_block_is_stopped_in_bounded_time()
    {
        using var build = new HostileBuild();

        // One body block: the typesetter's progress callback fires only after all of it (~400 pages), so on any
        // machine slower than ~1 s for the lot only the watchdog can stop it; a faster one stops at a check point.
        var items = string.Concat(Enumerable.Range(1, 20_000).Select(i => string.Create(CultureInfo.InvariantCulture, $"- item {i} of the archive with a few words to set on its line\n")));
        var path = build.Write("list.md", "---\ntitle: One Long List\n---\n\n" + items);

        var clock = Stopwatch.StartNew();
        var outcome = build.BuildUnprofiled(path, "--time-limit", "1");
        clock.Stop();

        HostileAssert.Refused(build, outcome, path, EngineDiagnosticCodes.TimeLimitExceeded, line: 1);
        Assert.True(clock.Elapsed < StopsWithin, $"the build took {clock.Elapsed}");
    }

    [Fact]
    public void A_build_stopped_while_saving_its_editions_leaves_no_temporary_file()
    {
        using var build = new HostileBuild();
        var path = build.Write("a.md", "---\ntitle: Slow Disk\n---\n\nA paragraph.\n");

        // Each 16 KiB takes 2 s to save (a stage with no check point): the watchdog ends the process mid-write,
        // unless a loaded machine is so slow that a check point stops the build before it saves anything.
        var slow = new Dictionary<string, string>(StringComparer.Ordinal) { ["SOURCE_DATE_EPOCH"] = "1700000000", [TestHooks.Variable] = new TestHooks(SlowWriteMilliseconds: 2000).ToEnvironmentValue() };
        var outcome = PublishProcess.Run(Repo.Root, PublishProcess.Unprofiled(slow), "build", path, "-o", build.OutputFolder, "--time-limit", "2");

        // Outputs() lists hidden temporary files too: none may be left.
        HostileAssert.Refused(build, outcome, path, EngineDiagnosticCodes.TimeLimitExceeded, line: 1);
    }

    [Fact]
    public void Without_a_time_limit_the_watchdog_leaves_a_slow_stage_alone_until_it_is_done()
    {
        using var build = new HostileBuild();
        var path = build.Write("a.md", "---\ntitle: Slow\n---\n\nA paragraph.\n");

        // Each 16 KiB of the editions takes 0.3 s to save: the build takes seconds, with no check point while it saves.
        var slow = new Dictionary<string, string>(StringComparer.Ordinal) { ["SOURCE_DATE_EPOCH"] = "1700000000", [TestHooks.Variable] = new TestHooks(SlowWriteMilliseconds: 300).ToEnvironmentValue() };
        var outcome = PublishProcess.Run(Repo.Root, PublishProcess.Unprofiled(slow), "build", path, "-o", build.OutputFolder, "--time-limit", "0");

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        HostileAssert.BuiltCompletely(build, path);
    }

    [Theory]
    [InlineData("--time-limit", "-1")]
    [InlineData("--time-limit", "abc")]
    [InlineData("--time-limit", "NaN")]
    [InlineData("--time-limit", "Infinity")]
    [InlineData("--time-limit", "1e12")]
    [InlineData("--memory-limit", "-5")]
    [InlineData("--memory-limit", "1.5")]
    [InlineData("--memory-limit", "99999999999")]
    public void An_invalid_limit_is_a_usage_error(string option, string value)
    {
        using var build = new HostileBuild();
        var path = build.Write("a.md", "---\ntitle: T\n---\n\nText.\n");

        var outcome = build.Build(path, option, value);

        Assert.True(outcome.ExitCode == 2, $"exit {outcome.ExitCode}\n{outcome.StandardError}");
        Assert.StartsWith("publish: ", outcome.StandardError, StringComparison.Ordinal);
        Assert.Empty(build.Outputs());
    }

    [Fact]
    public void A_library_build_with_a_budget_in_its_request_refuses_the_manuscript_and_goes_on()
    {
        using var scratch = new ScratchFolder();
        var small = scratch.Write("book/a.md", "---\ntitle: Small\n---\n\nText.\n");
        var diagnostics = new DiagnosticBag();
        var style = StyleResolver.Load(Repo.DefaultStyle, diagnostics)!;
        var request = new BuildRequest([small], scratch.File("out"), BuildDate: Editions.BuildDate, Budget: new BuildBudget(TimeSpan.Zero, 1));

        var result = Publisher.Create(style).Build(request);

        var manuscript = Assert.Single(result.Manuscripts);
        Assert.False(manuscript.Succeeded);
        Assert.Equal(EngineDiagnosticCodes.MemoryLimitExceeded, Assert.Single(manuscript.Diagnostics).Code);
        Assert.Empty(manuscript.Outputs);
        Assert.False(File.Exists(Path.Combine(scratch.File("out"), "a.pdf")));
    }

    [Fact]
    public void The_default_budget_lets_a_book_build_and_still_ends_a_hung_build()
    {
        var budget = BuildBudget.Default;

        Assert.Equal(TimeSpan.FromSeconds(600), budget.TimeLimit);
        Assert.InRange(budget.MemoryLimitBytes, BuildBudget.MinimumDefaultMemoryLimitMegabytes * BuildBudget.Megabyte, 4096L * BuildBudget.Megabyte);
        Assert.Equal(TimeSpan.FromSeconds(60), budget.WatchdogGrace);
        Assert.Equal(TimeSpan.FromSeconds(5), new BuildBudget(TimeSpan.FromSeconds(0.2), 0).WatchdogGrace);
        Assert.Equal(TimeSpan.FromSeconds(5), new BuildBudget(TimeSpan.FromSeconds(10), 0).WatchdogGrace);
        Assert.Equal(TimeSpan.FromSeconds(15), new BuildBudget(TimeSpan.FromSeconds(30), 0).WatchdogGrace);
        Assert.False(BuildBudget.Unlimited.HasTimeLimit || BuildBudget.Unlimited.HasMemoryLimit);
        Assert.Throws<ArgumentOutOfRangeException>(() => new BuildBudget(TimeSpan.FromSeconds(-1), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BuildBudget(TimeSpan.Zero, -1));
    }

    private static Dictionary<string, string> HangIn(BuildStage stage) => new(StringComparer.Ordinal)
    {
        ["SOURCE_DATE_EPOCH"] = "1700000000",
        [TestHooks.Variable] = new TestHooks(HangInStage: stage).ToEnvironmentValue(),
    };

    /// <summary>A Markdown book of <paramref name="sections"/> sections, each of 8 paragraphs of ~120 words with a note (~10 pages per 9 sections).</summary>
    private static string LongManuscript(int sections)
    {
        string[] words = ["archive", "institute", "harbour", "treaty", "council", "question", "of", "the", "ministry", "record", "coast", "and"];
        var random = new Random(7);
        var text = new StringBuilder("---\ntitle: A Long Book\n---\n\n");
        for (var s = 1; s <= sections; s++)
        {
            text.Append(CultureInfo.InvariantCulture, $"# Section {s}\n\n");
            for (var p = 1; p <= 8; p++)
            {
                for (var w = 0; w < 120; w++)
                {
                    text.Append(words[random.Next(words.Length)]).Append(' ');
                }

                text.Append(CultureInfo.InvariantCulture, $"end.[^n{s}x{p}]\n\n[^n{s}x{p}]: Note {p} of section {s}.\n\n");
            }
        }

        return text.ToString();
    }
}
