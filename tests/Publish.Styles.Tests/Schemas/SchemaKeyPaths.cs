using System.Text.Json.Nodes;

namespace Publish.Styles.Tests.Schemas;

/// <summary>
/// The key paths a JSON Schema admits (<c>text.body.size</c>), found by walking its <c>properties</c> through
/// <c>$ref</c>, <c>anyOf</c>/<c>oneOf</c>/<c>allOf</c> and array <c>items</c>; a mapping of names the document
/// chooses (<c>additionalProperties</c> with a schema) is the segment <c>*</c>. Array items add no segment.
/// </summary>
internal static class SchemaKeyPaths
{
    public static HashSet<string> Of(JsonNode schema)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        Walk(schema, schema, string.Empty, paths, depth: 0);
        return paths;
    }

    private static void Walk(JsonNode root, JsonNode? node, string prefix, HashSet<string> paths, int depth)
    {
        if (node is not JsonObject schema || depth > 32)
        {
            return;
        }

        if (schema["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith("#/$defs/", StringComparison.Ordinal))
        {
            Walk(root, root["$defs"]?[reference["#/$defs/".Length..]], prefix, paths, depth + 1);
        }

        if (schema["properties"] is JsonObject properties)
        {
            foreach (var (key, value) in properties)
            {
                var path = prefix.Length == 0 ? key : prefix + "." + key;
                paths.Add(path);
                Walk(root, value, path, paths, depth + 1);
            }
        }

        if (schema["additionalProperties"] is JsonObject named)
        {
            Walk(root, named, prefix.Length == 0 ? "*" : prefix + ".*", paths, depth + 1);
        }

        foreach (var keyword in new[] { "anyOf", "oneOf", "allOf" })
        {
            foreach (var branch in schema[keyword] as JsonArray ?? [])
            {
                Walk(root, branch, prefix, paths, depth + 1);
            }
        }

        Walk(root, schema["items"], prefix, paths, depth + 1);
    }
}
