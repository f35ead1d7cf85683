namespace Publish.Engine.Budget;

/// <summary>
/// How much one build may spend, so that no manuscript can make a release script hang or be killed by the
/// machine without a word: <see cref="TimeLimit"/> is wall-clock time per manuscript (each manuscript's clock
/// starts when it starts, so <c>--jobs</c> does not eat into it), <see cref="MemoryLimitBytes"/> is the
/// resident memory of the whole process (the number a CI runner's out-of-memory killer looks at).
/// <see cref="TimeSpan.Zero"/> and 0 mean no limit. The budget never changes an edition's bytes, so it is not
/// part of the cache key.
/// </summary>
public sealed record BuildBudget
{
    /// <summary>
    /// The default time limit. The 300-section test book (≈415 pages, the longest manuscript we know of) builds in
    /// ~3.5 s on a loaded 2-core machine: 600 s leaves more than 100× that and still stops a CI job within minutes.
    /// </summary>
    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(600);

    /// <summary>The default memory limit: the 300-section book peaks at ~470 MB, so 4096 MB is ~8× that.</summary>
    public const long DefaultMemoryLimitMegabytes = 4096;

    /// <summary>The longest time limit a <see cref="CancellationTokenSource"/> timer can hold, rounded down to whole days.</summary>
    public static readonly TimeSpan MaxTimeLimit = TimeSpan.FromDays(30);

    /// <summary>A megabyte as the options count it: 1,048,576 bytes.</summary>
    public const long Megabyte = 1024 * 1024;

    /// <summary>16 TiB: far beyond any machine, small enough that bytes never overflow.</summary>
    public const long MaxMemoryLimitMegabytes = 16L * 1024 * 1024;

    public BuildBudget(TimeSpan timeLimit, long memoryLimitBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(timeLimit, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(timeLimit, MaxTimeLimit);
        ArgumentOutOfRangeException.ThrowIfNegative(memoryLimitBytes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(memoryLimitBytes, MaxMemoryLimitMegabytes * Megabyte);
        TimeLimit = timeLimit;
        MemoryLimitBytes = memoryLimitBytes;
    }

    /// <summary>
    /// 600 s per manuscript and 4096 MB for the process — or 80 % of the memory the GC may use (the machine's, or
    /// the container's cgroup limit, or an explicit heap hard limit), when that is less, but never under
    /// <see cref="MinimumDefaultMemoryLimitMegabytes"/>: the build should stop with its own message before the
    /// operating system kills it without one. Below that floor the GC's own heap limit throws first, which the
    /// engine reports as the same error (PUB7009, out of memory).
    /// </summary>
    public static BuildBudget Default { get; } = new(DefaultTimeLimit, DefaultMemoryLimit());

    /// <summary>
    /// The floor of the default memory limit: a one-page article needs ~130 MB resident and the runtime alone ~50 MB,
    /// so a smaller default (from a small explicit heap hard limit) would refuse every manuscript.
    /// </summary>
    public const long MinimumDefaultMemoryLimitMegabytes = 512;

    /// <summary>No limit at all (what <c>--time-limit 0 --memory-limit 0</c> asks for).</summary>
    public static BuildBudget Unlimited { get; } = new(TimeSpan.Zero, 0);

    /// <summary>Wall-clock time one manuscript may take; zero = no limit.</summary>
    public TimeSpan TimeLimit { get; }

    /// <summary>Resident memory the process may use; 0 = no limit.</summary>
    public long MemoryLimitBytes { get; }

    public bool HasTimeLimit => TimeLimit > TimeSpan.Zero;

    public bool HasMemoryLimit => MemoryLimitBytes > 0;

    /// <summary>
    /// How long past its time limit a manuscript may stay in a stage that never reaches a check point before the
    /// watchdog ends the process: half the limit, at least 5 s and at most 60 s (the default 600 s limit ends a hung
    /// build at 660 s). The floor is the longest stretch an ordinary build spends between check points on a loaded
    /// machine: Markdig's parse of a large manuscript cannot be interrupted and took over 1 s under CI load, so a
    /// 1 s floor let the watchdog end a whole archive for a manuscript a check point was about to stop.
    /// </summary>
    public TimeSpan WatchdogGrace =>
        TimeSpan.FromTicks(Math.Clamp(TimeLimit.Ticks / 2, TimeSpan.FromSeconds(5).Ticks, TimeSpan.FromSeconds(60).Ticks));

    private static long DefaultMemoryLimit()
    {
        var limit = DefaultMemoryLimitMegabytes * Megabyte;
        var available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        return available > 0 ? Math.Max(Math.Min(limit, available / 5 * 4), MinimumDefaultMemoryLimitMegabytes * Megabyte) : limit;
    }
}
