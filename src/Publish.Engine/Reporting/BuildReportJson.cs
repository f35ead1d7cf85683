using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using Publish.Model.Diagnostics;

namespace Publish.Engine.Reporting;

/// <summary>
/// The <c>--report FILE.json</c> document for release scripts: the build as a whole (tool, date, jobs,
/// shard, success) and per manuscript its status, inputs with hashes, editions with sizes and SHA-256,
/// pages, notes, figures, diagnostics and time. Manuscripts appear in the build's (ordinal) order.
/// <c>outputs</c> are the editions that match their manuscript now (status <c>built</c> or <c>cached</c>);
/// <c>books</c> lists the manifest's books (issue 20) the same way, each with its parts in reading order.
/// <c>stale</c> lists editions left on disk that this build did not make (status <c>stale</c>): those of a failed
/// manuscript, kept untouched, and those of a format not requested. A release script decides whether to ship them.
/// Every path (sources, inputs, editions, diagnostics' files) is relative to the folder the build ran in
/// (<see cref="ReportPaths"/>); <c>schemaVersion</c> says which shape of the document this is
/// (<c>styles/schemas/report.schema.json</c>), so a script, or <c>publish report merge</c>, can refuse one it does not know.
/// </summary>
public static class BuildReportJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The version of the report's shape: raised whenever a field is renamed, removed or changes meaning (adding a
    /// field does not raise it). 1: the first versioned report, paths relative to the build's working folder.
    /// </summary>
    public const int SchemaVersion = 1;

    /// <summary>The report of <paramref name="result"/>, its paths relative to the working folder of this process.</summary>
    public static byte[] Write(BuildRequest request, BuildResult result, TimeSpan elapsed) =>
        Write(request, result, elapsed, ReportPaths.FromWorkingFolder());

    /// <summary>The report of <paramref name="result"/>, its paths written by <paramref name="paths"/>.</summary>
    public static byte[] Write(BuildRequest request, BuildResult result, TimeSpan elapsed, ReportPaths paths)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(paths);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersion);
            json.WriteString("tool", PublishVersion.Producer);
            json.WriteString("buildDate", request.BuildDate?.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("shard", request.Shard?.ToString());
            var budget = request.Budget ?? Budget.BuildBudget.Default;
            json.WriteStartObject("budget");
            json.WriteNumber("timeLimitSeconds", budget.TimeLimit.TotalSeconds);
            json.WriteNumber("memoryLimitMegabytes", budget.MemoryLimitBytes / Budget.BuildBudget.Megabyte);
            json.WriteEndObject();
            json.WriteBoolean("succeeded", result.Succeeded);
            json.WriteNumber("manuscripts", result.Manuscripts.Length);
            json.WriteNumber("failed", result.Manuscripts.Count(m => !m.Succeeded));
            json.WriteNumber("fromCache", result.Manuscripts.Count(m => m.FromCache));
            json.WriteNumber("staleEditions", result.Manuscripts.Sum(m => m.Stale.IsDefault ? 0 : m.Stale.Length));
            json.WriteNumber("elapsedMs", Math.Round(elapsed.TotalMilliseconds));
            WriteDiagnostics(json, "buildDiagnostics", result.BuildDiagnostics, paths);
            json.WriteStartArray("results");
            foreach (var manuscript in result.Manuscripts)
            {
                WriteManuscript(json, manuscript, paths);
            }

            json.WriteEndArray();
            json.WriteStartArray("books");
            foreach (var book in result.Books)
            {
                WriteBook(json, book, paths);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteManuscript(Utf8JsonWriter json, ManuscriptResult manuscript, ReportPaths paths)
    {
        json.WriteStartObject();
        json.WriteString("source", paths.Relative(manuscript.Source));
        json.WriteString("status", Status(manuscript.Succeeded, manuscript.FromCache));
        json.WriteString("cacheKey", manuscript.CacheKey);
        if (manuscript.Summary is { } summary)
        {
            json.WriteString("title", summary.Title);
            json.WriteNumber("pages", summary.Pages);
            json.WriteNumber("notes", summary.Notes);
            json.WriteNumber("figures", summary.Figures);
            json.WriteNumber("bibliographyEntries", summary.BibliographyEntries);
        }

        json.WriteStartArray("inputs");
        foreach (var input in manuscript.Inputs.IsDefault ? [] : manuscript.Inputs)
        {
            json.WriteStartObject();
            json.WriteString("path", paths.Relative(input.Path));
            json.WriteString("kind", input.IsListing ? "folder-listing" : "file");
            json.WriteString("sha256", input.Sha256);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteOutcome(json, manuscript.Outputs, manuscript.Stale, manuscript.FromCache, manuscript.Diagnostics, paths);
        json.WriteStartObject("timings");
        json.WriteNumber("totalMs", Math.Round(manuscript.Elapsed.TotalMilliseconds, 1));
        if (manuscript.Timings is { } stages)
        {
            json.WriteNumber("readMs", Math.Round(stages.Read.TotalMilliseconds, 1));
            json.WriteNumber("layoutMs", Math.Round(stages.Layout.TotalMilliseconds, 1));
            json.WriteNumber("pdfMs", Math.Round(stages.Pdf.TotalMilliseconds, 1));
            json.WriteNumber("epubMs", Math.Round(stages.Epub.TotalMilliseconds, 1));
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A book of the manifest (issue 20): its name, status, parts in reading order, editions, stale editions and diagnostics.</summary>
    private static void WriteBook(Utf8JsonWriter json, Books.BookResult book, ReportPaths paths)
    {
        json.WriteStartObject();
        json.WriteString("name", book.Name);
        json.WriteString("manifest", paths.Relative(book.Span.File));
        json.WriteNumber("line", book.Span.Line);
        json.WriteString("status", Status(book.Succeeded, book.FromCache));
        if (book.Summary is { } summary)
        {
            json.WriteString("title", summary.Title);
            json.WriteNumber("pages", summary.Pages);
            json.WriteNumber("articles", summary.Articles);
            json.WriteNumber("notes", summary.Notes);
            json.WriteNumber("figures", summary.Figures);
        }

        json.WriteStartArray("parts");
        foreach (var part in book.Parts)
        {
            json.WriteStringValue(paths.Relative(part));
        }

        json.WriteEndArray();
        WriteOutcome(json, book.Outputs, book.Stale, book.FromCache, book.Diagnostics, paths);
        json.WriteStartObject("timings");
        json.WriteNumber("totalMs", Math.Round(book.Elapsed.TotalMilliseconds, 1));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A manuscript's or a book's status: what a release script reads first.</summary>
    private static string Status(bool succeeded, bool fromCache) => !succeeded ? "failed" : fromCache ? "cached" : "built";

    /// <summary>What a manuscript or a book left behind, alike for both: its editions, the stale ones kept, its diagnostics.</summary>
    private static void WriteOutcome(Utf8JsonWriter json, IEnumerable<EditionOutput> outputs, ImmutableArray<EditionOutput> stale, bool fromCache, IEnumerable<Diagnostic> diagnostics, ReportPaths paths)
    {
        WriteEditions(json, "outputs", outputs, fromCache ? "cached" : "built", paths);
        WriteEditions(json, "stale", stale.IsDefault ? [] : stale, "stale", paths);
        WriteDiagnostics(json, "diagnostics", diagnostics, paths);
    }

    private static void WriteEditions(Utf8JsonWriter json, string name, IEnumerable<EditionOutput> editions, string status, ReportPaths paths)
    {
        json.WriteStartArray(name);
        foreach (var edition in editions)
        {
            json.WriteStartObject();
            json.WriteString("format", edition.Format == EditionFormats.Pdf ? "pdf" : "epub");
            json.WriteString("path", paths.Relative(edition.Path));
            json.WriteString("status", status);
            json.WriteNumber("bytes", edition.Bytes);
            json.WriteString("sha256", edition.Sha256);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteDiagnostics(Utf8JsonWriter json, string name, IEnumerable<Diagnostic> diagnostics, ReportPaths paths)
    {
        json.WriteStartArray(name);
        foreach (var diagnostic in diagnostics)
        {
            // The text a terminal showed, with the file as the report writes it.
            var d = diagnostic with { Span = diagnostic.Span with { File = paths.Relative(diagnostic.Span.File) } };
            json.WriteStartObject();
            json.WriteString("severity", d.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "info",
            });
            json.WriteString("code", d.Code);
            json.WriteString("file", d.Span.File);
            json.WriteNumber("line", d.Span.Line);
            json.WriteNumber("column", d.Span.Column);
            json.WriteString("message", d.Message);
            json.WriteString("text", d.ToString());
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
