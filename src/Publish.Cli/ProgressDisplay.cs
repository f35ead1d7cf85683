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

    /// <summary>The long book being typeset and how far (percent), shown after the archive bar; null when none.</summary>
    private (string Name, int Percent)? _book;

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
            _book = null;
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

    /// <summary>
    /// A manuscript's typesetting progress (0–1). Redrawn only when the whole percentage changes, so a long book
    /// costs a hundred redraws at most; nothing is printed when the bar is off (logs stay plain lines).
    /// </summary>
    public void Typesetting(string source, double share)
    {
        if (!_bar)
        {
            return;
        }

        var percent = (int)Math.Clamp(share * 100, 0, 100);
        lock (_lock)
        {
            var name = Path.GetFileName(source);
            if (_book is { } book && book.Percent == percent && string.Equals(book.Name, name, StringComparison.Ordinal))
            {
                return;
            }

            ClearBar();
            _book = percent < 100 ? (name, percent) : null;
            DrawBar();
        }
    }

    /// <summary>A finished book of the manifest (issue 20): its diagnostics, then its line and the editions it wrote.</summary>
    public void Finished(Engine.Books.BookResult book)
    {
        lock (_lock)
        {
            ClearBar();
            _book = null;
            DiagnosticPrinter.Print(book.Diagnostics, _quiet);
            if (!_quiet)
            {
                var what = book.Summary is { } s ? string.Create(CultureInfo.InvariantCulture, $" — \"{s.Title}\", {s.Articles} articles, {s.Pages} pages") : string.Empty;
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(!book.Succeeded ? "FAILED" : book.FromCache ? "up to date" : "ok")}: book {book.Name}{what} ({book.Elapsed.TotalSeconds:0.0} s)"));
                foreach (var edition in book.Outputs.Where(_ => !book.FromCache))
                {
                    Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  wrote {edition.Path} ({edition.Bytes:N0} bytes)"));
                }

                foreach (var missing in new[] { EditionFormats.Pdf, EditionFormats.Epub }.Where(f => book.Succeeded && book.Unavailable.HasFlag(f)))
                {
                    Console.Out.WriteLine($"  {missing.ToString().ToUpperInvariant()} edition of a book: not yet available in this version of Publish");
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
        if (!_bar || (_total <= 1 && _book is null))
        {
            return;
        }

        if (_total > 1)
        {
            Console.Out.Write(Bar(_done * Width / _total) + string.Create(CultureInfo.InvariantCulture, $" {_done}/{_total}"));
        }

        if (_book is { } book)
        {
            // The book's own bar: for a long book, the archive bar alone would stand still for a while.
            Console.Out.Write(string.Create(CultureInfo.InvariantCulture, $"  {book.Name} {Bar(book.Percent * Width / 100)} {book.Percent}%"));
        }
    }

    private const int Width = 30;

    private static string Bar(int filled) => $"[{new string('#', filled)}{new string('.', Width - filled)}]";

    private void ClearBar()
    {
        if (_bar && (_total > 1 || _book is not null))
        {
            Console.Out.Write("\r\u001b[2K");
        }
    }
}
