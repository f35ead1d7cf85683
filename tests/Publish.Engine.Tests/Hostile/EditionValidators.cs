using System.Diagnostics;

namespace Publish.Engine.Tests.Hostile;

/// <summary>The outside validators an edition must pass: qpdf for the PDF (it decodes every stream), EPUBCheck for the EPUB.</summary>
internal static class EditionValidators
{
    /// <summary><c>qpdf --check</c>'s whole report (stdout and stderr).</summary>
    public static string Qpdf(string pdf) => Run("qpdf", ["--check", pdf]).Report;

    public static (int ExitCode, string Report) Epubcheck(string epub) =>
        Run("java", ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", "/usr/bin/epubcheck", epub]);

    private static (int ExitCode, string Report) Run(string tool, string[] arguments)
    {
        var start = new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} could not be started.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(180_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish in 180 s");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
