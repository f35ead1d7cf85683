using System.Diagnostics;

namespace Publish.Package.Tests;

/// <summary>Runs a process to its end (or kills it at the time limit) and hands back its exit code and output.</summary>
internal static class Command
{
    public sealed record Outcome(int ExitCode, string Output)
    {
        public override string ToString() => $"exit {ExitCode}\n{Output}";
    }

    public static Outcome Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, TimeSpan limit, string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The child is not the test host's: no SOURCE_DATE_EPOCH nor MSBuild node settings leak into it unless given.
        start.Environment.Remove("SOURCE_DATE_EPOCH");
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment.Remove("MSBuildSDKsPath");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish in {limit.TotalSeconds} s");
        }

        return new Outcome(process.ExitCode, output.Result + error.Result);
    }
}
