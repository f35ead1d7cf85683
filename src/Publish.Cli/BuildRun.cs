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

    /// <summary>The request as the report shows it, when not <see cref="Request"/> (see <see cref="CommandLineBuild.Reported"/>).</summary>
    public BuildRequest? Reported { get; init; }

    /// <summary>
    /// What the command line does with a finished manuscript before it is shown and recorded (put its edition at the
    /// file <c>-o</c> named, name standard input); by default nothing.
    /// </summary>
    public Func<ManuscriptResult, ManuscriptResult> Deliver { get; init; } = manuscript => manuscript;

    /// <summary>Removes the command line's private folders; called before the watchdog ends the process.</summary>
    public Action Cleanup { get; init; } = () => { };

    /// <summary>Records a finished manuscript; <paramref name="show"/> (default: the progress display) prints it.</summary>
    public void Finished(ManuscriptResult manuscript) => Finished(manuscript, progress.Finished);

    public void Finished(ManuscriptResult manuscript, Action<ManuscriptResult> show)
    {
        var delivered = Deliver(manuscript);
        _results.Enqueue(delivered);
        show(delivered);
    }
}
