using System.Globalization;

namespace Publish.Manuscript.Tests;

/// <summary>
/// CPU time spent by the calling thread, from <c>/proc/thread-self/stat</c> (user + system, in 10 ms ticks). A test
/// that bounds the cost of reading one input times the work, not the wall clock: tests run in parallel, CI may
/// share its cores, and a budget on elapsed time fails when the machine is busy rather than when the reader is slow.
/// </summary>
internal static class ThreadCpuClock
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    public static TimeSpan Measure(Action work)
    {
        var before = Now();
        work();
        return Now() - before;
    }

    public static (T Result, TimeSpan Cpu) Measure<T>(Func<T> work)
    {
        var before = Now();
        var result = work();
        return (result, Now() - before);
    }

    private static TimeSpan Now()
    {
        // Fields after the command name (which may hold spaces, so split after its closing parenthesis):
        // state is field 3; utime and stime are fields 14 and 15.
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}
