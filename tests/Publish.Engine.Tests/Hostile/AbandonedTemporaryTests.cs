namespace Publish.Engine.Tests.Hostile;

/// <summary>
/// Issue 14, "the build removes only temporary files that it can prove are its own and abandoned", for the files a
/// build writes outside its output folder (the report; import's Markdown goes the same way): no output folder's lock
/// covers them, so the writer holds a lock file beside the target, <c>.NAME.OWNER.lock</c>, and the next write there
/// removes an owner's <c>.*.OWNER.N.tmp</c> files only when that lock file exists and can be locked (its writer ended).
/// </summary>
public sealed class AbandonedTemporaryTests
{
    private const string Ended = "0123456789abcdef0123456789abcdef";
    private const string Running = "fedcba9876543210fedcba9876543210";
    private const string Unproven = "00112233445566778899aabbccddeeff";

    [Fact]
    public void A_report_write_removes_what_an_ended_writer_left_beside_it_and_nothing_else()
    {
        using var build = new HostileBuild();
        var path = build.Write("a.md", "---\ntitle: Report\n---\n\nA paragraph.\n");
        var folder = build.Scratch.File("reports");
        Directory.CreateDirectory(folder);
        var report = Path.Combine(folder, "report.json");
        string Put(string name) => build.Scratch.Write(Path.Combine("reports", name), "left here");

        // A writer killed mid-report: its lock file (nobody holds it now) and two temporary files of its owner id.
        var ended = new[] { Put($".report.json.{Ended}.lock"), Put($".report.json.{Ended}.7.tmp"), Put($".import.md.{Ended}.2.tmp") };
        // A writer still running (its lock held), an owner without a lock file, foreign hidden files.
        var runningLock = Put($".report.json.{Running}.lock");
        var kept = new[] { runningLock, Put($".report.json.{Running}.3.tmp"), Put($".report.json.{Unproven}.1.tmp"), Put(".report.json.4242.tmp"), Put(".thesis.docx.lock") };
        // FileShare.None is an exclusive flock on Linux: the lock a running writer holds.
        using var running = new FileStream(runningLock, FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        var outcome = build.Build(path, "--format", "pdf", "--report", report);

        Assert.True(outcome.ExitCode == 0, $"exit {outcome.ExitCode}\n{outcome.StandardError}");
        Assert.All(ended, f => Assert.False(File.Exists(f), $"{Path.GetFileName(f)} of an ended writer was left"));
        Assert.Equal(
            string.Join('\n', kept.Append(report).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)),
            string.Join('\n', Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)));
    }
}
