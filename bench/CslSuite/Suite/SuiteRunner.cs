using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Publish.Citations.Suite;

/// <summary>
/// Runs suite fixtures as citeproc-js's test runner does: citation mode prints each citation of CITATION-ITEMS
/// (or one citation of all items), or for CITATIONS the lines "..[i] text" / "&gt;&gt;[i] text" (changed by the last
/// citation added); bibliography mode prints the csl-bib-body.
/// </summary>
internal sealed class SuiteRunner
{
    private readonly LocaleStore locales;

    public SuiteRunner(LocaleStore locales) => this.locales = locales;

    /// <summary>The rendered result, or the exception's message when the processor fails.</summary>
    public string Run(SuiteFixture fixture)
    {
        var style = CslStyle.Parse(fixture.Sections["CSL"]);
        var items = CslItem.ParseJson(WithIds(fixture.Sections["INPUT"]));
        var processor = new CslProcessor(style, items, locales);
        if (fixture.Mode.StartsWith("bibliography", StringComparison.Ordinal))
        {
            var citations = new List<Citation>();
            if (fixture.Sections.TryGetValue("CITATIONS", out var citationsJson))
            {
                citations = ReadCitations(citationsJson, processor).Last();
            }
            else if (fixture.Sections.TryGetValue("CITATION-ITEMS", out var itemsJson))
            {
                citations = ReadCitationItems(itemsJson);
            }

            if (fixture.Sections.ContainsKey("CITATIONS") || fixture.Sections.ContainsKey("CITATION-ITEMS"))
            {
                processor.Register(citations);
            }
            else
            {
                processor.RegisterAll(citations);
            }

            return processor.BibliographyHtml();
        }

        if (fixture.Sections.TryGetValue("CITATIONS", out var json))
        {
            usesFirstNote = fixture.Sections["CSL"].Contains("first-reference-note-number", StringComparison.Ordinal);
            var steps = ReadCitations(json, processor);
            var last = steps[^1];
            var after = processor.ProcessCitations(last, OutputFormat.Html);
            var lines = new List<string>();
            for (var i = 0; i < after.Count; i++)
            {
                // citeproc-js reports a citation again when its text or the positions of its cites changed.
                var changed = last[i].Id == LastAdded || !previousById.TryGetValue(last[i].Id, out var previous) || previous != after[i]
                    || previousSignature.GetValueOrDefault(last[i].Id) != Signature(last[i]);
                lines.Add((changed ? ">>[" : "..[") + i.ToString(CultureInfo.InvariantCulture) + "] " + after[i]);
            }

            return string.Join("\n", lines);
        }

        List<Citation> clusters;
        if (fixture.Sections.TryGetValue("CITATION-ITEMS", out var citationItems))
        {
            clusters = ReadCitationItems(citationItems);
        }
        else
        {
            clusters = [new Citation(items.Select(i => new Cite(i.Id)).ToList(), 0)];
        }

        return string.Join("\n", processor.ProcessCitations(clusters, OutputFormat.Html));
    }

    /// <summary>Items without an id get "ITEM-n" (n counting from 1), as citeproc-js's test runner gives them.</summary>
    private static string WithIds(string json)
    {
        if (JsonNode.Parse(json) is not JsonArray array || array.All(i => i is not JsonObject o || o.ContainsKey("id")))
        {
            return json;
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonObject item && !item.ContainsKey("id"))
            {
                item["id"] = "ITEM-" + (i + 1).ToString(CultureInfo.InvariantCulture);
            }
        }

        return array.ToJsonString();
    }

    private string? LastAdded { get; set; }

    private Dictionary<string, string> previousById = new(StringComparer.Ordinal);

    private Dictionary<string, string> previousSignature = new(StringComparer.Ordinal);

    /// <summary>The style prints first-reference-note-number, so a citation whose first notes moved is reported.</summary>
    private bool usesFirstNote;

    /// <summary>What citeproc-js compares besides the text: the positions of the cites (and their first notes).</summary>
    private string Signature(Citation citation) =>
        string.Join(' ', citation.Cites.Select(c => ((int)c.Position).ToString(CultureInfo.InvariantCulture) + (usesFirstNote ? "@" + FirstNote(citation, c).ToString(CultureInfo.InvariantCulture) : string.Empty)));

    /// <summary>The note a cite's item was first cited in: its own note for a first cite.</summary>
    private static int FirstNote(Citation citation, Cite cite) => cite.Position == Position.First ? citation.NoteIndex : cite.FirstReferenceNoteNumber;

    /// <summary>The citation lists after each processCitationCluster call (pre-citations, the citation, post-citations).</summary>
    private List<List<Citation>> ReadCitations(string json, CslProcessor processor)
    {
        using var document = JsonDocument.Parse(json);
        var steps = new List<List<Citation>>();
        var byId = new Dictionary<string, Citation>(StringComparer.Ordinal);
        var current = new List<Citation>();
        var lastRendered = new Dictionary<string, string>(StringComparer.Ordinal);
        var lastSignature = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var call in document.RootElement.EnumerateArray())
        {
            // Each step is rendered afresh; keep what the step before printed for each citation, and its note
            // number (before this call moves it).
            if (steps.Count > 0)
            {
                var rendered = processor.ProcessCitations(current, OutputFormat.Html);
                for (var i = 0; i < current.Count; i++)
                {
                    lastRendered[current[i].Id] = rendered[i];
                    lastSignature[current[i].Id] = Signature(current[i]);
                }
            }

            var parts = call.EnumerateArray().ToList();
            var citation = ReadCitation(parts[0]);
            byId[citation.Id] = citation;
            var order = new List<Citation>();
            foreach (var pair in parts[1].EnumerateArray())
            {
                var id = CslItem.Scalar(pair[0]);
                if (byId.TryGetValue(id, out var pre))
                {
                    pre.NoteIndex = pair.GetArrayLength() > 1 && pair[1].ValueKind == JsonValueKind.Number ? pair[1].GetInt32() : pre.NoteIndex;
                    order.Add(pre);
                }
            }

            order.Add(citation);
            if (parts.Count > 2)
            {
                foreach (var pair in parts[2].EnumerateArray())
                {
                    var id = CslItem.Scalar(pair[0]);
                    if (byId.TryGetValue(id, out var post))
                    {
                        post.NoteIndex = pair.GetArrayLength() > 1 && pair[1].ValueKind == JsonValueKind.Number ? pair[1].GetInt32() : post.NoteIndex;
                        order.Add(post);
                    }
                }
            }

            current = order;
            steps.Add(order);
            LastAdded = citation.Id;
        }

        previousById = lastRendered;
        previousSignature = lastSignature;
        return steps;
    }

    private static Citation ReadCitation(JsonElement json)
    {
        var id = json.TryGetProperty("citationID", out var idValue) ? CslItem.Scalar(idValue) : string.Empty;
        var note = 0;
        if (json.TryGetProperty("properties", out var properties) && properties.TryGetProperty("noteIndex", out var noteValue) && noteValue.ValueKind == JsonValueKind.Number)
        {
            note = noteValue.GetInt32();
        }

        var cites = json.TryGetProperty("citationItems", out var citationItems) ? citationItems.EnumerateArray().Select(ReadCite).ToList() : [];
        return new Citation(cites, note, id);
    }

    private static List<Citation> ReadCitationItems(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = new List<Citation>();
        var index = 0;
        foreach (var cluster in document.RootElement.EnumerateArray())
        {
            index++;
            result.Add(new Citation(cluster.EnumerateArray().Select(ReadCite).ToList(), index, "CITATION-" + index.ToString(CultureInfo.InvariantCulture)));
        }

        return result;
    }

    private static Cite ReadCite(JsonElement json) => CitationReader.ReadCite(json);
}
