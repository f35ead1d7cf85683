using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Publish.Styles.Tests.Schemas;

/// <summary>A schema shipped in <c>styles/schemas/</c>, loaded once, and the errors it finds in a document.</summary>
internal sealed class SchemaFile
{
    private static readonly Lazy<SchemaFile> StyleSchema = new(() => Load("style.schema.json"));

    private static readonly Lazy<SchemaFile> ManifestSchema = new(() => Load("publish.schema.json"));

    private static readonly Lazy<SchemaFile> ReportSchema = new(() => Load("report.schema.json"));

    private SchemaFile(string path, JsonSchema schema, JsonNode root)
    {
        Path = path;
        Schema = schema;
        Root = root;
    }

    /// <summary>The house style's schema, <c>styles/schemas/style.schema.json</c>.</summary>
    public static SchemaFile Style => StyleSchema.Value;

    /// <summary>The manifest's schema, <c>styles/schemas/publish.schema.json</c>.</summary>
    public static SchemaFile Manifest => ManifestSchema.Value;

    /// <summary>The <c>--report</c> document's schema, <c>styles/schemas/report.schema.json</c>.</summary>
    public static SchemaFile Report => ReportSchema.Value;

    public string Path { get; }

    public JsonSchema Schema { get; }

    /// <summary>The schema as plain JSON, for walking its keys.</summary>
    public JsonNode Root { get; }

    /// <summary>Every error the schema finds in <paramref name="document"/>, each as "instance location: message"; empty when valid.</summary>
    public IReadOnlyList<string> Errors(JsonNode? document)
    {
        using var parsed = JsonDocument.Parse(document?.ToJsonString() ?? "null");
        var results = Schema.Evaluate(parsed.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        // Some keywords (not) fail without a message of their own: name where they failed instead, so an invalid
        // document never comes back with no errors.
        var failed = (results.Details ?? []).Prepend(results).Where(d => !d.IsValid).ToList();
        var messages = failed
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .ToList();
        return messages.Count > 0 ? messages : [.. failed.Select(d => $"{d.InstanceLocation}: fails {d.EvaluationPath}")];
    }

    private static SchemaFile Load(string name)
    {
        var path = System.IO.Path.Combine(RepositoryFolder(), "styles", "schemas", name);
        var text = File.ReadAllText(path);
        return new SchemaFile(path, JsonSchema.FromText(text), JsonNode.Parse(text)!);
    }

    /// <summary>The checkout holding <c>styles/schemas/</c>, searched upwards from the test binaries.</summary>
    public static string RepositoryFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(System.IO.Path.Combine(directory.FullName, "styles", "schemas")) && File.Exists(System.IO.Path.Combine(directory.FullName, "Publish.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("the repository (Publish.sln with styles/schemas/) was not found above the test binaries");
    }
}
