using System.Diagnostics;

namespace Publish.Epub.Tests;

/// <summary>Runs EPUBCheck (Debian's package; CI installs it) and returns its exit code and full report.</summary>
internal static class Epubcheck
{
    public static (int ExitCode, string Report) Run(string epubPath)
    {
        var start = new ProcessStartInfo("java", ["-jar", "/usr/bin/epubcheck", epubPath])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("java could not be started; install epubcheck.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
