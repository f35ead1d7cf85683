using System.Diagnostics;

namespace Publish.Engine.Tests.Readers;

/// <summary>
/// The e-book tools the reader tests drive: found on PATH (or, for DAISY Ace, in <c>ACE_PUPPETEER</c>), run with
/// a timeout, their output kept for the failure message.
/// </summary>
internal static class ReaderTool
{
    /// <summary>Debian's Calibre (<c>apt-get install calibre</c>).</summary>
    public static string? EbookConvert => OnPath("ebook-convert");

    public static string? EbookMeta => OnPath("ebook-meta");

    /// <summary>
    /// DAISY Ace's Puppeteer runner: <c>ACE_PUPPETEER</c>, else <c>ace-puppeteer</c> on PATH (<c>npm install -g
    /// --ignore-scripts @daisy/ace@1.4.6</c>); it needs a Chromium (<c>PUPPETEER_EXECUTABLE_PATH</c>, else Debian's).
    /// </summary>
    public static string? AcePuppeteer =>
        Environment.GetEnvironmentVariable("ACE_PUPPETEER") is { Length: > 0 } path && File.Exists(path) ? path : OnPath("ace-puppeteer");

    /// <summary>Node, which runs Ace's modules for tests/tools/ace-batch.js (ace-puppeteer is a Node script).</summary>
    public static string? Node => OnPath("node");

    public static string? Chromium =>
        Environment.GetEnvironmentVariable("PUPPETEER_EXECUTABLE_PATH") is { Length: > 0 } path && File.Exists(path) ? path : OnPath("chromium");

    public static (int ExitCode, string Output) Run(string tool, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} could not be started.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(tool)} did not finish in {timeout.TotalSeconds:0} s");
        }

        return (process.ExitCode, output.Result + error.Result);
    }

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
