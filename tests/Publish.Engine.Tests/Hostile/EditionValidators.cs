using System.Diagnostics;

namespace Publish.Engine.Tests.Hostile;

/// <summary>
/// The outside validators issue 14 item 8 holds every edition to: <c>qpdf --check</c> for the PDF (it decodes every
/// stream) and epubcheck for the EPUB.
/// </summary>
internal static class EditionValidators
{
    private static readonly TimeSpan QpdfLimit = TimeSpan.FromSeconds(120);

    public static void AssertPdfClean(string pdf)
    {
        var (exit, report) = Run("qpdf", QpdfLimit, "--check", pdf);
        Assert.True(exit == 0, $"qpdf --check exit {exit}\n{report}");
        Assert.Contains("No syntax or stream encoding errors found", report, StringComparison.Ordinal);
        Assert.DoesNotContain("WARNING", report, StringComparison.Ordinal);
    }

    public static void AssertEpubClean(string epub)
    {
        var (exit, report) = Publish.Tests.Tools.Epubcheck.Run(epub);
        Assert.True(exit == 0, $"epubcheck exit {exit}\n{report}");
        Assert.DoesNotMatch(@"(FATAL|ERROR|WARNING)\(", report);
        Assert.Contains("No errors or warnings detected", report, StringComparison.Ordinal);
    }

    /// <summary><c>qpdf --check</c>'s whole report (stdout and stderr).</summary>
    public static string Qpdf(string pdf) => Run("qpdf", QpdfLimit, "--check", pdf).Report;

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
