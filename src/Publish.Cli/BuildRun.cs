using System.Collections.Concurrent;
using System.Diagnostics;
using Publish.Engine;

namespace Publish.Cli;

/// <summary>One build's state, shared with the watchdog's <see cref="BuildCommand.Abandon"/>: what finished so far, where the report goes.</summary>
internal sealed class BuildRun(BuildRequest request, string? reportPath, Stopwatch clock, ProgressDisplay progress, bool quiet)
{
    private readonly ConcurrentQueue<ManuscriptResult> _results = new();

    public BuildRequest Request => request;

    public string? ReportPath => reportPath;

    public Stopwatch Clock => clock;

    public ProgressDisplay Progress => progress;

    public bool Quiet => quiet;

    public IReadOnlyCollection<ManuscriptResult> Results => _results;

    /// <summary>Records a finished manuscript; <paramref name="show"/> (default: the progress display) prints it.</summary>
    public void Finished(ManuscriptResult manuscript) => Finished(manuscript, progress.Finished);

    public void Finished(ManuscriptResult manuscript, Action<ManuscriptResult> show)
    {
        _results.Enqueue(manuscript);
        show(manuscript);
    }
}
