using System.Globalization;
using Publish.Engine;

namespace Publish.Cli;

/// <summary>
/// Prints one line per finished manuscript (diagnostics first, on stderr). On an interactive terminal, and
/// only there, a bar at the bottom shows how far the build is; with output redirected or <c>CI</c> set
/// everything stays plain lines, so logs hold no control characters. Called from several build threads: it locks.
/// </summary>
internal sealed class ProgressDisplay
{
    private readonly Lock _lock = new();
    private readonly bool _quiet;
    private readonly bool _bar;
    private int _done;
    private int _total;

    public ProgressDisplay(bool quiet)
    {
        _quiet = quiet;
        _bar = !quiet && !Console.IsOutputRedirected &&
            string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) &&
            !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);
    }

    /// <summary>The number of manuscripts expected, when known (for the bar); 0 hides it.</summary>
    public int Total
    {
        set => _total = value;
    }

    public void Finished(ManuscriptResult manuscript)
    {
        lock (_lock)
        {
            _done++;
            ClearBar();
            DiagnosticPrinter.Print(manuscript.Diagnostics, _quiet);
            if (!_quiet)
            {
                Console.Out.WriteLine(Line(manuscript));
                foreach (var edition in manuscript.Outputs.Where(_ => !manuscript.FromCache))
                {
                    Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  wrote {edition.Path} ({edition.Bytes:N0} bytes)"));
                }

                foreach (var missing in new[] { EditionFormats.Pdf, EditionFormats.Epub }.Where(f => manuscript.Unavailable.HasFlag(f)))
                {
                    Console.Out.WriteLine($"  {missing.ToString().ToUpperInvariant()} edition: not yet available in this version of Publish");
                }
            }

            DrawBar();
        }
    }

    public void Done()
    {
        lock (_lock)
        {
            ClearBar();
        }
    }

    private static string Line(ManuscriptResult manuscript)
    {
        var status = !manuscript.Succeeded ? "FAILED" : manuscript.FromCache ? "up to date" : "ok";
        var what = manuscript.Summary is { } s
            ? string.Create(CultureInfo.InvariantCulture, $" — \"{s.Title}\", {s.Pages} pages, {s.Notes} notes, {s.BibliographyEntries} bibliography entries")
            : string.Empty;
        var time = manuscript.FromCache ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" ({manuscript.Elapsed.TotalSeconds:0.0} s)");
        return $"{status}: {manuscript.Source}{what}{time}";
    }

    private void DrawBar()
    {
        if (!_bar || _total <= 1)
        {
            return;
        }

        const int width = 30;
        var filled = _done * width / _total;
        Console.Out.Write(string.Create(CultureInfo.InvariantCulture, $"[{new string('#', filled)}{new string('.', width - filled)}] {_done}/{_total}"));
    }

    private void ClearBar()
    {
        if (_bar && _total > 1)
        {
            Console.Out.Write("\r\u001b[2K");
        }
    }
}
