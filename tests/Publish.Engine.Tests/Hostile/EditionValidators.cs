using System.Diagnostics;

namespace Publish.Engine.Tests.Hostile;

/// <summary>The outside validators issue 14 item 8 holds every edition to: <c>qpdf --check</c> and epubcheck.</summary>
internal static class EditionValidators
{
    public static void AssertPdfClean(string pdf)
    {
        var (exit, report) = Run("qpdf", TimeSpan.FromSeconds(120), "--check", pdf);
        Assert.True(exit == 0, $"qpdf --check exit {exit}\n{report}");
        Assert.Contains("No syntax or stream encoding errors found", report, StringComparison.Ordinal);
        Assert.DoesNotContain("WARNING", report, StringComparison.Ordinal);
    }

    public static void AssertEpubClean(string epub)
    {
        // C1 only and serial GC: a short run spends most of its time compiling, which C2 would make slower.
        var (exit, report) = Run("java", TimeSpan.FromSeconds(180), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", "/usr/bin/epubcheck", epub);
        Assert.True(exit == 0, $"epubcheck exit {exit}\n{report}");
        Assert.DoesNotMatch(@"(FATAL|ERROR|WARNING)\(", report);
        Assert.Contains("No errors or warnings detected", report, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Report) Run(string tool, TimeSpan limit, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} could not be started; install it.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{tool} did not finish in {limit.TotalSeconds} s");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}
