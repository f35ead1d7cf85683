using System.Globalization;
using System.Text.Json;

namespace Publish.Citations;

/// <summary>
/// One reference as CSL-JSON describes it: ordinary and number variables (as text, with their rich-text
/// markup), name variables and date variables.
/// </summary>
public sealed class CslItem
{
    private CslItem(string id) => Id = id;

    /// <summary>The item's id, as citations name it.</summary>
    public string Id { get; }

    /// <summary>The CSL item type ("book", "article-journal", …).</summary>
    public string Type { get; private set; } = string.Empty;

    internal Dictionary<string, string> Variables { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, List<CslName>> Names { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, CslDate> Dates { get; } = new(StringComparer.Ordinal);

    /// <summary>The item's language (its "language" field), e.g. "tr" or "en-GB"; empty when unknown.</summary>
    public string Language => Variables.TryGetValue("language", out var language) ? language : string.Empty;

    internal string? Get(string variable) => Variables.TryGetValue(variable, out var value) && value.Length > 0 ? value : null;

    /// <summary>Reads a CSL-JSON array of items.</summary>
    /// <exception cref="CslException">The text is not a CSL-JSON array of items.</exception>
    public static IReadOnlyList<CslItem> ParseJson(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("items", out var items))
            {
                root = items;
            }

            if (root.ValueKind != JsonValueKind.Array)
            {
                throw new CslException("CSL-JSON: expected an array of items", 1, 1);
            }

            return root.EnumerateArray().Select(FromJson).ToList();
        }
        catch (JsonException e)
        {
            throw new CslException($"CSL-JSON: {e.Message}", (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
        }
    }

    /// <summary>Reads one CSL-JSON item object.</summary>
    internal static CslItem FromJson(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw new CslException("CSL-JSON: an item is not an object");
        }

        var id = json.TryGetProperty("id", out var idValue) ? Scalar(idValue) : string.Empty;
        var item = new CslItem(id);
        foreach (var property in json.EnumerateObject())
        {
            var name = property.Name;
            var value = property.Value;
            if (name == "id")
            {
                continue;
            }

            if (name == "type")
            {
                item.Type = Scalar(value);
                continue;
            }

            if (value.ValueKind == JsonValueKind.Array && IsNameList(value))
            {
                item.Names[name] = value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.Object).Select(NameFromJson).ToList();
            }
            else if (value.ValueKind == JsonValueKind.Object && IsDate(value))
            {
                var date = DateFromJson(value);
                if (date is not null && !date.IsEmpty)
                {
                    item.Dates[name] = date;
                }
            }
            else if (value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
            {
                var text = Scalar(value);
                if (text.Length > 0)
                {
                    item.Variables[name] = text;
                }
            }
        }

        // citeproc-js reads "Title. Subtitle"-free short forms only from the fields given; legacy "shortTitle"/"journalAbbreviation" are aliases.
        Alias(item, "shortTitle", "title-short");
        Alias(item, "journalAbbreviation", "container-title-short");
        return item;
    }

    private static void Alias(CslItem item, string from, string to)
    {
        if (item.Variables.TryGetValue(from, out var value) && !item.Variables.ContainsKey(to))
        {
            item.Variables[to] = value;
        }
    }

    private static bool IsNameList(JsonElement value) =>
        value.GetArrayLength() == 0 || value.EnumerateArray().First().ValueKind == JsonValueKind.Object;

    private static bool IsDate(JsonElement value) =>
        value.TryGetProperty("date-parts", out _) || value.TryGetProperty("raw", out _) || value.TryGetProperty("literal", out _)
        || value.TryGetProperty("season", out _) || value.TryGetProperty("year", out _);

    internal static string Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => string.Empty,
    };

    private static CslName NameFromJson(JsonElement json)
    {
        var name = new CslName();
        var parse = true;
        foreach (var property in json.EnumerateObject())
        {
            var text = Scalar(property.Value);
            switch (property.Name)
            {
                case "family": name.Family = text; break;
                case "given": name.Given = text; break;
                case "dropping-particle": name.DroppingParticle = text; break;
                case "non-dropping-particle": name.NonDroppingParticle = text; break;
                case "suffix": name.Suffix = text; break;
                case "comma-suffix": name.CommaSuffix = property.Value.ValueKind == JsonValueKind.True || text == "1"; break;
                case "static-ordering": name.StaticOrdering = property.Value.ValueKind == JsonValueKind.True || text == "1"; break;
                case "literal": name.Literal = text; break;
                case "parse-names": parse = !(property.Value.ValueKind == JsonValueKind.False || text == "0"); break;
                case "isInstitution": break;
            }
        }

        if (name.Literal.Length == 0 && name.Given.Length == 0 && name.Family.Length > 0 && json.TryGetProperty("isInstitution", out _))
        {
            name.Literal = name.Family;
            name.Family = string.Empty;
        }

        if (parse)
        {
            name.ParseParticles();
        }

        return name;
    }

    private static CslDate? DateFromJson(JsonElement json)
    {
        CslDate? date = null;
        if (json.TryGetProperty("date-parts", out var parts) && parts.ValueKind == JsonValueKind.Array)
        {
            date = new CslDate();
            foreach (var part in parts.EnumerateArray().Take(2))
            {
                if (part.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                var numbers = part.EnumerateArray().Select(Number).ToList();
                if (numbers.Count == 0 || numbers[0] is null)
                {
                    continue;
                }

                date.Parts.Add((numbers[0]!.Value, numbers.Count > 1 ? numbers[1] ?? 0 : 0, numbers.Count > 2 ? numbers[2] ?? 0 : 0));
            }
        }

        if ((date is null || date.Parts.Count == 0) && json.TryGetProperty("raw", out var raw))
        {
            date = CslDate.ParseRaw(Scalar(raw)) ?? new CslDate { Literal = Scalar(raw) };
        }

        date ??= new CslDate();
        if (json.TryGetProperty("literal", out var literal))
        {
            date.Literal = Scalar(literal);
        }

        if (json.TryGetProperty("season", out var season))
        {
            date.Season = Scalar(season);
        }

        if (json.TryGetProperty("circa", out var circa))
        {
            date.Circa = circa.ValueKind == JsonValueKind.True || (circa.ValueKind != JsonValueKind.False && Scalar(circa) is not ("" or "0" or "false"));
        }

        if (date.Parts.Count == 0 && date.Literal.Length == 0 && date.Season.Length > 0)
        {
            return null;
        }

        return date;
    }

    private static int? Number(JsonElement value)
    {
        var text = Scalar(value).Trim();
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;
    }
}
