using System.Globalization;

namespace Publish.Engine.Tests.Hostile;

/// <summary>
/// Runs <c>publish</c> and follows its peak resident memory (<c>VmHWM</c> in <c>/proc/PID/status</c>, which only
/// grows) until it exits: what a CI runner's out-of-memory killer compares with its limit.
/// </summary>
internal static class PeakMemory
{
    public static (PublishProcess.Outcome Outcome, long PeakBytes) Build(HostileBuild build, string manuscript, params string[] extra)
    {
        using var process = PublishProcess.Start(Repo.Root, PublishProcess.Unprofiled(), ["build", manuscript, "-o", build.OutputFolder, .. extra]);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var status = $"/proc/{process.Id.ToString(CultureInfo.InvariantCulture)}/status";
        long peak = 0;
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (!process.WaitForExit(20))
        {
            peak = Math.Max(peak, HighWaterMark(status));
            if (DateTime.UtcNow > deadline)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("publish did not finish in 120 s");
            }
        }

        return (new PublishProcess.Outcome(process.ExitCode, output.Result, error.Result), peak);
    }

    private static long HighWaterMark(string status)
    {
        try
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
