using System.Diagnostics;
using Publish.Model;
using Publish.Model.Memory;

namespace Publish.Engine.Budget;

/// <summary>
/// One manuscript's share of a <see cref="BuildBudget"/>: its own clock (a timer cancels <see cref="Token"/> when
/// the time limit passes) and the stage it is in. The build calls <see cref="Enter"/> between stages and
/// <see cref="Check"/> at check points inside them (the typesetter's progress callback, after each writer); over a
/// limit, they record the <see cref="Overrun"/> and throw <see cref="OperationCanceledException"/>, which unwinds
/// the stage. The watchdog reads <see cref="Stage"/> and <see cref="Elapsed"/> from its own thread. It is also the
/// manuscript's <see cref="DecodeMemory"/> from its creation to its disposal: image decodes in the reader and
/// the writers are admitted against the memory limit before they allocate (<see cref="DecodeAdmission"/>).
/// </summary>
public sealed class ManuscriptBudget : IDisposable, IDecodeMemoryBudget
{
    private readonly CancellationTokenSource _timer = new();

    /// <summary>The host's cancellation of the whole build (<see cref="Publisher.Build"/>); none by default.</summary>
    private readonly CancellationToken _cancellation;

    /// <summary>The timer's token joined with the host's, for the stages that take one token; null when the host cannot cancel.</summary>
    private readonly CancellationTokenSource? _linked;
    private readonly long _started = Stopwatch.GetTimestamp();
    private volatile BuildStage _stage = BuildStage.Starting;
    private volatile TypesetProgress? _typeset;

    /// <summary>The stage whose entry blocks for good (<see cref="TestHooks.HangInStage"/>); null in production.</summary>
    private readonly BuildStage? _hangIn;

    public ManuscriptBudget(string source, BuildBudget limits)
        : this(source, limits, TestHooks.None)
    {
    }

    internal ManuscriptBudget(string source, BuildBudget limits, TestHooks hooks, CancellationToken cancellation = default)
    {
        _cancellation = cancellation;
        _linked = cancellation.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(_timer.Token, cancellation) : null;
        Source = source;
        _hangIn = hooks.HangInStage;
        Limits = limits;
        if (limits.HasTimeLimit)
        {
            _timer.CancelAfter(limits.TimeLimit);
        }

        // The build creates its budget on the thread that builds the manuscript, so this flows to every task it starts.
        DecodeMemory.Current = this;
    }

    public string Source { get; }

    public BuildBudget Limits { get; }

    /// <summary>Cancelled when the time limit has passed or the host cancels the build: for stages that can take a token.</summary>
    public CancellationToken Token => _linked?.Token ?? _timer.Token;

    /// <summary>Throws <see cref="OperationCanceledException"/> when the host has cancelled the build (no overrun is recorded).</summary>
    public void ThrowIfCancelled() => _cancellation.ThrowIfCancellationRequested();

    public BuildStage Stage => _stage;

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_started);

    /// <summary>Why this manuscript was stopped, once a check point has stopped it.</summary>
    public BudgetOverrun? Overrun { get; private set; }

    /// <summary>A check point, then the next stage: an overrun is charged to the stage that just ran.</summary>
    public void Enter(BuildStage stage)
    {
        Check();
        _stage = stage;
        if (_hangIn == stage)
        {
            Thread.Sleep(Timeout.Infinite);
        }
    }

    /// <summary>
    /// The typesetter's progress callback: records how far it got (<paramref name="share"/> of
    /// <paramref name="document"/>'s body, as the layout's set stage reports it after each block), then a check point.
    /// </summary>
    public void Typeset(Document document, double share)
    {
        var done = Math.Clamp((int)Math.Round(share * document.Body.Length), 0, document.Body.Length);
        _typeset = new TypesetProgress(share, done > 0 ? document.Body[done - 1].Span.Line : 0);
        Check();
    }

    /// <summary>Throws <see cref="OperationCanceledException"/> (after recording <see cref="Overrun"/>) when over a limit.</summary>
    public void Check()
    {
        ThrowIfCancelled();
        if (_timer.IsCancellationRequested)
        {
            Stop(BudgetLimit.Time, null);
        }

        if (Limits.HasMemoryLimit && ProcessMemory.Over(Limits.MemoryLimitBytes) is { } used)
        {
            Stop(BudgetLimit.Memory, used);
        }
    }

    /// <summary>The overrun an <see cref="OutOfMemoryException"/> in this manuscript's build stands for.</summary>
    public BudgetOverrun OutOfMemory() =>
        Overrun = new BudgetOverrun(Source, Limits, BudgetLimit.Memory, Stage, Elapsed, null, ByWatchdog: false, Progress());

    /// <summary>What the watchdog reports when this manuscript stays in a stage past its limit and grace.</summary>
    public BudgetOverrun Runaway(BudgetLimit limit, long? used) =>
        new(Source, Limits, limit, Stage, Elapsed, used, ByWatchdog: true, Progress());

    public void Dispose()
    {
        if (ReferenceEquals(DecodeMemory.Current, this))
        {
            DecodeMemory.Current = null;
        }

        _linked?.Dispose();
        _timer.Dispose();
    }

    /// <summary>
    /// Admits a decode of <paramref name="bytes"/> against the memory limit (see <see cref="DecodeAdmission"/>);
    /// when it cannot fit even alone, records a memory overrun naming <paramref name="what"/> and throws, as a check point does.
    /// </summary>
    public IDisposable Reserve(long bytes, string what)
    {
        if (!Limits.HasMemoryLimit)
        {
            return DecodeLease.None;
        }

        if (DecodeAdmission.Admit(bytes, Limits.MemoryLimitBytes, CheckTime) is { } needed)
        {
            Overrun = new BudgetOverrun(Source, Limits, BudgetLimit.Memory, Stage, Elapsed, needed, ByWatchdog: false, Progress(), Decoding: (what, bytes));
            throw new OperationCanceledException(Overrun.ToDiagnostic().Message, _timer.Token);
        }

        return new DecodeLease(bytes);
    }

    /// <summary>The typesetting progress, while the build is typesetting (it means nothing in the other stages).</summary>
    private TypesetProgress? Progress() => Stage == BuildStage.Typesetting ? _typeset : null;

    private void CheckTime()
    {
        if (_timer.IsCancellationRequested)
        {
            Stop(BudgetLimit.Time, null);
        }
    }

    private void Stop(BudgetLimit limit, long? used)
    {
        Overrun = new BudgetOverrun(Source, Limits, limit, Stage, Elapsed, used, ByWatchdog: false, Progress());
        throw new OperationCanceledException(Overrun.ToDiagnostic().Message, _timer.Token);
    }
}
