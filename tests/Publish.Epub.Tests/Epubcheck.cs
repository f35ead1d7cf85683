using System.Diagnostics;

namespace Publish.Epub.Tests;

/// <summary>Runs EPUBCheck (Debian's package; CI installs it) and returns its exit code and full report.</summary>
/// <remarks>
/// The JVM runs with its quick compiler only and the serial collector, as the engine tests' validators do: one check
/// is a short process whose work the optimizing compiler never pays back (measured on inline-formats.epub: user CPU
/// 6.1–6.5 s instead of 12.4–12.6 s, the same report).
/// </remarks>
internal static class Epubcheck
{
    public static (int ExitCode, string Report) Run(string epubPath)
    {
        var start = new ProcessStartInfo("java", ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", "/usr/bin/epubcheck", epubPath])
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
