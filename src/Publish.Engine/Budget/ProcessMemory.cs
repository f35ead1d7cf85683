using System.Diagnostics;

namespace Publish.Engine.Budget;

/// <summary>
/// The process's resident memory (<see cref="Environment.WorkingSet"/>): managed heap, native HarfBuzz and Skia
/// buffers and the runtime together — what the machine runs out of. Measured rather than enforced through the GC's
/// heap hard limit, which is process-wide and makes any allocation on any thread throw (the console's, a finalizer's)
/// and would miss native memory. Thread-safe; every manuscript's check points share one sampler.
/// </summary>
public static class ProcessMemory
{
    /// <summary>Check points come thousands of times a second on a long book; the memory is read at most this often.</summary>
    private static readonly long SampleInterval = Stopwatch.Frequency / 20;

    // 0: the first check point reads at once (timestamps count up from boot, far more than one interval).
    private static long _lastSample;

    public static long Current => Environment.WorkingSet;

    /// <summary>
    /// The bytes in use when the process is over <paramref name="limit"/>, else null. A reading over the limit is
    /// confirmed after a full, compacting collection: garbage the GC could free is not a reason to stop a build.
    /// Between samples (see <see cref="SampleInterval"/>) the answer is null without reading.
    /// </summary>
    public static long? Over(long limit)
    {
        var now = Stopwatch.GetTimestamp();
        var last = Interlocked.Read(ref _lastSample);
        if (now - last < SampleInterval || Interlocked.CompareExchange(ref _lastSample, now, last) != last)
        {
            return null;
        }

        return OverNow(limit);
    }

    /// <summary>Like <see cref="Over"/> but reads now, whatever the last sample (for the watchdog's own period).</summary>
    public static long? OverNow(long limit)
    {
        if (Current <= limit)
        {
            return null;
        }

        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var after = Current;
        return after > limit ? after : null;
    }
}
