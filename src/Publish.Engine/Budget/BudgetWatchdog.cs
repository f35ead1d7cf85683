using System.Collections.Immutable;
using System.Diagnostics;

namespace Publish.Engine.Budget;

/// <summary>
/// The last line of defence behind the check points: a background thread that looks at the running manuscripts
/// every <see cref="Period"/>. A manuscript still running past its time limit plus <see cref="BuildBudget.WatchdogGrace"/>,
/// or a process over its memory limit for <see cref="MemoryGrace"/>, is in a stage that never reaches a check point;
/// .NET cannot stop that thread, so the watchdog hands the overruns to <c>runaway</c>, once, and stops watching. The
/// host decides what that means: the CLI prints the errors, removes the editions and ends the process (atomic
/// writes make that safe). Invariant: <c>runaway</c> is called at most once, from the watchdog's thread.
/// </summary>
public sealed class BudgetWatchdog : IDisposable
{
    public static readonly TimeSpan Period = TimeSpan.FromMilliseconds(100);

    /// <summary>Check points read memory every 50 ms: two seconds over the limit means none is being reached.</summary>
    public static readonly TimeSpan MemoryGrace = TimeSpan.FromSeconds(2);

    private readonly RunningManuscripts _running;
    private readonly Action<ImmutableArray<BudgetOverrun>> _runaway;
    private readonly ManualResetEventSlim _stop = new();
    private readonly Thread _thread;
    private long? _overMemorySince;

    public BudgetWatchdog(RunningManuscripts running, Action<ImmutableArray<BudgetOverrun>> runaway)
    {
        _running = running;
        _runaway = runaway;
        _thread = new Thread(Watch) { IsBackground = true, Name = "Publish budget watchdog" };
        _thread.Start();
    }

    public void Dispose()
    {
        _stop.Set();
        if (Thread.CurrentThread != _thread)
        {
            _thread.Join();
        }

        _stop.Dispose();
    }

    private void Watch()
    {
        while (!_stop.Wait(Period))
        {
            ImmutableArray<BudgetOverrun> overruns;
            try
            {
                overruns = Inspect(_running.Snapshot());
            }
            catch (OutOfMemoryException)
            {
                // The build is at the GC's heap limit: its own thread reports that (PUB7009). An exception escaping
                // this thread would end the process without a word.
                continue;
            }

            if (!overruns.IsEmpty)
            {
                _runaway(overruns);
                return;
            }
        }
    }

    /// <summary>The manuscripts past the end of their grace; empty while every one is within it.</summary>
    private ImmutableArray<BudgetOverrun> Inspect(IReadOnlyList<ManuscriptBudget> running)
    {
        var late = running
            .Where(b => b.Limits.HasTimeLimit && b.Overrun is null && b.Elapsed > b.Limits.TimeLimit + b.Limits.WatchdogGrace)
            .Select(b => b.Runaway(BudgetLimit.Time, null))
            .ToImmutableArray();
        if (!late.IsEmpty)
        {
            return late;
        }

        var limited = running.Where(b => b.Limits.HasMemoryLimit).ToList();
        if (limited.Count == 0 || ProcessMemory.Current <= limited.Min(b => b.Limits.MemoryLimitBytes))
        {
            _overMemorySince = null;
            return [];
        }

        _overMemorySince ??= Stopwatch.GetTimestamp();
        if (Stopwatch.GetElapsedTime(_overMemorySince.Value) < MemoryGrace)
        {
            return [];
        }

        // Every manuscript under that limit is charged: the memory is the process's, not one manuscript's.
        var limit = limited.Min(b => b.Limits.MemoryLimitBytes);
        if (ProcessMemory.OverNow(limit) is not { } used)
        {
            _overMemorySince = null;
            return [];
        }

        return [.. limited.Where(b => b.Limits.MemoryLimitBytes == limit).Select(b => b.Runaway(BudgetLimit.Memory, used))];
    }
}
