using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Publish.Model;
using Publish.Model.Diagnostics;

namespace Publish.Engine.Reporting;

/// <summary>
/// <c>publish report merge</c>: one report from the reports of a sharded build (<c>--shard I/N</c> on N runners), as
/// if one build had made them all. Manuscripts are concatenated in ordinal order of their source (the order one build
/// lists them in), the totals summed, <c>succeeded</c> true only when every shard succeeded, <c>elapsedMs</c> the
/// longest shard's (they ran side by side), build diagnostics kept, and <c>shards</c> names each report merged.
/// Refused, with nothing written: a report that is not a build report, one of another <c>schemaVersion</c>, and a
/// manuscript found in two reports (overlapping shards, or one report given twice), since a merged report that
/// counts a manuscript twice would misstate the build. Paths are copied as written: every shard's report is relative
/// to the folder its build ran in, the checkout on every runner of a matrix.
/// </summary>
public static class ReportMerge
{
    /// <summary>Reports larger than this are refused unread (the 500-article archive's report is about 2 MiB).</summary>
    public const long MaxReportBytes = 256L * 1024 * 1024;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Merges the reports at <paramref name="reportPaths"/>; the merged report names them through <paramref name="paths"/>.</summary>
    public static ReportMergeResult Merge(IReadOnlyList<string> reportPaths, ReportPaths paths)
    {
        ArgumentNullException.ThrowIfNull(reportPaths);
        ArgumentNullException.ThrowIfNull(paths);
        var diagnostics = new DiagnosticBag();
        var reports = new List<(string Path, string Text, JsonObject Root)>();
        foreach (var path in reportPaths)
        {
            if (Read(path, diagnostics) is { } report)
            {
                reports.Add(report);
            }
        }

        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, text, root) in reports)
        {
            foreach (var source in Sources(root))
            {
                if (!owners.TryAdd(source, path))
                {
                    diagnostics.Error(
                        EngineDiagnosticCodes.ReportsOverlap,
                        new SourceSpan(path, LineOf(text, source), 1),
                        $"manuscript '{source}' is also in {paths.Relative(owners[source])}: the reports overlap (the same shard twice, or shards of different splits); nothing was merged");
                }
            }
        }

        var tools = reports.Select(r => Text(r.Root, "tool")).Distinct(StringComparer.Ordinal).ToList();
        if (tools.Count > 1 && !diagnostics.HasErrors)
        {
            diagnostics.Warning(
                EngineDiagnosticCodes.ReportToolsDiffer,
                SourceSpan.WholeFile(reports[^1].Path),
                $"the reports were written by different versions of Publish ({string.Join(", ", tools)}): their editions may differ in ways one build's would not");
        }

        return diagnostics.HasErrors || reports.Count == 0
            ? new ReportMergeResult(null, diagnostics.ToImmutableSorted())
            : new ReportMergeResult(Write(reports, tools, paths), diagnostics.ToImmutableSorted());
    }

    private static (string Path, string Text, JsonObject Root)? Read(string path, DiagnosticBag diagnostics)
    {
        void Refuse(string code, string message, int line = 0) =>
            diagnostics.Error(code, line > 0 ? new SourceSpan(path, line, 1) : SourceSpan.WholeFile(path), message);

        string text;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                Refuse(EngineDiagnosticCodes.ReportUnreadable, "no such report file");
                return null;
            }

            if (info.Length > MaxReportBytes)
            {
                Refuse(EngineDiagnosticCodes.ReportUnreadable, string.Create(CultureInfo.InvariantCulture, $"the report is larger than {MaxReportBytes / (1024 * 1024)} MiB"));
                return null;
            }

            text = File.ReadAllText(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            Refuse(EngineDiagnosticCodes.ReportUnreadable, "the report cannot be read: " + e.Message);
            return null;
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            Refuse(EngineDiagnosticCodes.ReportUnreadable, "the report is not valid JSON: " + e.Message, (int)Math.Min(int.MaxValue, (e.LineNumber ?? 0) + 1));
            return null;
        }

        if (node is not JsonObject root || root["results"] is not JsonArray results || results.Any(r => r is not JsonObject o || o["source"]?.GetValueKind() != JsonValueKind.String))
        {
            Refuse(EngineDiagnosticCodes.ReportUnreadable, "not a build report (publish build --report): a JSON object with 'results', each with a 'source'");
            return null;
        }

        var version = root["schemaVersion"] is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var n) ? n : (int?)null;
        if (version != BuildReportJson.SchemaVersion)
        {
            var found = version is { } known ? string.Create(CultureInfo.InvariantCulture, $"schemaVersion {known}") : "no schemaVersion (a report of a Publish before issue 19)";
            Refuse(
                EngineDiagnosticCodes.ReportSchemaMismatch,
                string.Create(CultureInfo.InvariantCulture, $"the report has {found}; this Publish merges schemaVersion {BuildReportJson.SchemaVersion}: rebuild the shards with one version of Publish"),
                LineOf(text, "schemaVersion"));
            return null;
        }

        return (path, text, root);
    }

    private static byte[] Write(List<(string Path, string Text, JsonObject Root)> reports, List<string?> tools, ReportPaths paths)
    {
        var roots = reports.Select(r => r.Root).ToList();
        var dates = roots.Select(r => Text(r, "buildDate")).Distinct(StringComparer.Ordinal).ToList();
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", BuildReportJson.SchemaVersion);
            json.WriteString("tool", tools.Count == 1 ? tools[0] : string.Join(", ", tools));
            json.WriteString("buildDate", dates.Count == 1 ? dates[0] : null);
            json.WriteString("shard", (string?)null);
            json.WriteStartArray("shards");
            foreach (var (path, _, root) in reports)
            {
                json.WriteStartObject();
                json.WriteString("report", paths.Relative(path));
                json.WriteString("shard", Text(root, "shard"));
                json.WriteBoolean("succeeded", root["succeeded"]?.GetValueKind() == JsonValueKind.True);
                json.WriteNumber("manuscripts", Sources(root).Count());
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (roots[0]["budget"] is JsonObject budget)
            {
                json.WritePropertyName("budget");
                budget.WriteTo(json);
            }

            json.WriteBoolean("succeeded", roots.All(r => r["succeeded"]?.GetValueKind() == JsonValueKind.True));
            foreach (var total in new[] { "manuscripts", "failed", "fromCache", "staleEditions" })
            {
                json.WriteNumber(total, roots.Sum(r => Number(r, total)));
            }

            json.WriteNumber("elapsedMs", roots.Max(r => Number(r, "elapsedMs")));
            json.WriteStartArray("buildDiagnostics");
            foreach (var diagnostic in roots.SelectMany(r => r["buildDiagnostics"] as JsonArray ?? []))
            {
                WriteNode(json, diagnostic);
            }

            json.WriteEndArray();
            json.WriteStartArray("results");
            foreach (var result in roots.SelectMany(r => (JsonArray)r["results"]!).OrderBy(r => r!["source"]!.GetValue<string>(), StringComparer.Ordinal))
            {
                WriteNode(json, result);
            }

            json.WriteEndArray();

            // Books (issue 20) fall to one shard each by name; merged in name order like the manuscripts.
            json.WriteStartArray("books");
            foreach (var book in roots.SelectMany(r => r["books"] as JsonArray ?? []).OrderBy(b => b?["name"]?.GetValue<string>(), StringComparer.Ordinal))
            {
                WriteNode(json, book);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteNode(Utf8JsonWriter json, JsonNode? node)
    {
        if (node is null)
        {
            json.WriteNullValue();
        }
        else
        {
            node.WriteTo(json);
        }
    }

    private static IEnumerable<string> Sources(JsonObject root) => ((JsonArray)root["results"]!).Select(r => r!["source"]!.GetValue<string>());

    private static string? Text(JsonObject root, string name) =>
        root[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static double Number(JsonObject root, string name) =>
        root[name] is JsonValue value && value.GetValueKind() == JsonValueKind.Number ? value.GetValue<double>() : 0;

    /// <summary>The 1-based line where <paramref name="value"/> is first written as a JSON string (a key or a value), as the report writer escapes it; 1 when absent.</summary>
    private static int LineOf(string text, string value)
    {
        var quoted = "\"" + JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping) + "\"";
        var at = text.IndexOf(quoted, StringComparison.Ordinal);
        return at < 0 ? 1 : text.AsSpan(0, at).Count('\n') + 1;
    }
}
