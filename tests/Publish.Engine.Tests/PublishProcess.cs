using System.Diagnostics;

namespace Publish.Engine.Tests;

/// <summary>Runs the real <c>publish</c> command (the CLI assembly copied beside the tests) as a user would.</summary>
internal static class PublishProcess
{
    public sealed record Outcome(int ExitCode, string StandardOutput, string StandardError);

    public static Outcome Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        using var process = Start(workingDirectory, environment, arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("publish did not finish in 120 s");
        }

        return new Outcome(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Starts <c>publish</c> without waiting, for tests that interrupt it; the caller reads or drains its output.</summary>
    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "publish.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("SOURCE_DATE_EPOCH");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return Process.Start(start)!;
    }

    public static Outcome Run(params string[] arguments) => Run(Repo.Root, null, arguments);

    /// <summary>
    /// <paramref name="environment"/> plus the runtime switch that keeps a profiler out of the child process. Under
    /// CI's coverage run the collector instruments every child it can reach, which costs the child time and memory;
    /// a test that measures the process's own time or memory against a budget must measure <c>publish</c>, not
    /// the instrumentation (its code is still covered by the other tests).
    /// </summary>
    public static Dictionary<string, string> Unprofiled(IReadOnlyDictionary<string, string>? environment = null)
    {
        var merged = new Dictionary<string, string>(environment ?? new Dictionary<string, string>(), StringComparer.Ordinal)
        {
            ["CORECLR_ENABLE_PROFILING"] = "0",
        };
        return merged;
    }
}
