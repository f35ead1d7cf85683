using System.Text.Json;

namespace Publish.Citations;

/// <summary>
/// Reads citeproc-js citation objects: <c>[{"citationItems": [{"id", "locator", "label", "prefix", "suffix"}],
/// "properties": {"noteIndex": N}}]</c> (a bare list of cite lists is read too, one note each).
/// </summary>
public static class CitationReader
{
    /// <summary>The citations of a JSON document, in order.</summary>
    /// <exception cref="CslException">The JSON is not a list of citations.</exception>
    public static List<Citation> Read(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true });
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new CslException("citations: expected a JSON array of citation objects", 1, 1);
            }

            var result = new List<Citation>();
            var index = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                index++;
                if (element.ValueKind == JsonValueKind.Array)
                {
                    result.Add(new Citation(element.EnumerateArray().Select(ReadCite).ToList(), index));
                    continue;
                }

                if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("citationItems", out var items) || items.ValueKind != JsonValueKind.Array)
                {
                    throw new CslException($"citations: citation {index} has no \"citationItems\" list");
                }

                var note = index;
                if (element.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
                    && properties.TryGetProperty("noteIndex", out var noteValue) && noteValue.ValueKind == JsonValueKind.Number)
                {
                    note = noteValue.GetInt32();
                }

                var id = element.TryGetProperty("citationID", out var idValue) ? CslItem.Scalar(idValue) : string.Empty;
                result.Add(new Citation(items.EnumerateArray().Select(ReadCite).ToList(), note, id));
            }

            return result;
        }
        catch (JsonException e)
        {
            throw new CslException($"citations: {e.Message}", (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
        }
        catch (InvalidOperationException e)
        {
            throw new CslException($"citations: {e.Message}", e);
        }
    }

    /// <summary>One cite object.</summary>
    internal static Cite ReadCite(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw new CslException("citations: a cite is not an object");
        }

        string Get(string name) => json.TryGetProperty(name, out var value) ? CslItem.Scalar(value) : string.Empty;
        bool Flag(string name) => json.TryGetProperty(name, out var value) && (value.ValueKind == JsonValueKind.True || value.ValueKind == JsonValueKind.Number && value.GetRawText() != "0");
        var cite = new Cite(Get("id"))
        {
            Locator = Get("locator").Trim(), // spaces around a typed locator are not part of it
            Label = Get("label"),
            Prefix = Get("prefix"),
            Suffix = Get("suffix"),
            SuppressAuthor = Flag("suppress-author"),
            AuthorOnly = Flag("author-only"),
        };
        if (json.TryGetProperty("position", out var position) && position.ValueKind == JsonValueKind.Number && position.TryGetInt32(out var p))
        {
            cite.ExplicitPosition = p;
        }

        if (json.TryGetProperty("near-note", out var near))
        {
            cite.ExplicitNearNote = near.ValueKind == JsonValueKind.True || near.ValueKind == JsonValueKind.String && near.GetString() == "true";
        }

        return cite;
    }
}
