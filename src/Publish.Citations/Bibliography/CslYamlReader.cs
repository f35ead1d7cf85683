using System.Text.Json.Nodes;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Model.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Publish.Citations.Bibliography;

/// <summary>
/// Reads CSL-YAML (the CSL-JSON shape written as YAML, as Pandoc reads and writes it): a document that is a list of
/// items or a mapping with a <c>references:</c> list (a front-matter block between <c>---</c> lines is fine). Dates may
/// be EDTF strings (<c>issued: 2004-05</c>), date-parts, or year/month/day mappings (or a list of them for a
/// range); <c>true</c>/<c>false</c> are booleans. Each item goes through the processor's CSL-JSON reading.
/// </summary>
public static class CslYamlReader
{
    private static readonly HashSet<string> DateVariables = new(StringComparer.Ordinal)
    {
        "accessed", "available-date", "event-date", "issued", "original-date", "submitted",
    };

    /// <summary>The items of a CSL-YAML file's text; <paramref name="file"/> names it in diagnostics.</summary>
    public static BibliographyReadResult Read(string text, string file)
    {
        var diagnostics = new List<Diagnostic>();
        // YamlDotNet recurses into nested collections: a file nested absurdly deep is refused before it is parsed,
        // by the same scan the front matter and the manifest use.
        if (YamlNesting.FirstTooDeep(text) is { } deep)
        {
            diagnostics.Add(Diagnostic.Error(BibliographyDiagnosticCodes.YamlSyntax, new SourceSpan(file, deep.Line, deep.Column), $"lists or mappings nest deeper than {YamlNesting.MaxDepth} levels here; the file is refused (CSL-YAML needs three or four)"));
            return new BibliographyReadResult([], diagnostics);
        }

        var stream = new YamlStream();
        var parser = new TrackingParser(new Parser(new StringReader(text)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            diagnostics.Add(Diagnostic.Error(BibliographyDiagnosticCodes.YamlSyntax, Span(file, e.Start), $"not YAML: {Reason(e)}"));
            return new BibliographyReadResult([], diagnostics);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these without a position on some malformed input (an unclosed [ or { at the end):
            // the place is where the last thing it read ends.
            diagnostics.Add(Diagnostic.Error(BibliographyDiagnosticCodes.YamlSyntax, Span(file, parser.LastEnd), "not YAML: a [ or { that is never closed?"));
            return new BibliographyReadResult([], diagnostics);
        }

        if (stream.Documents.Count == 0)
        {
            return new BibliographyReadResult([], diagnostics);
        }

        var root = stream.Documents[0].RootNode;
        YamlSequenceNode? list = root switch
        {
            YamlSequenceNode sequence => sequence,
            YamlMappingNode mapping when mapping.Children.TryGetValue(new YamlScalarNode("references"), out var references) => references as YamlSequenceNode,
            YamlScalarNode { Value: null or "" } => new YamlSequenceNode(),
            _ => null,
        };
        if (list is null)
        {
            diagnostics.Add(Diagnostic.Error(BibliographyDiagnosticCodes.ItemInvalid, Span(file, root.Start), "expected a list of references (or a mapping with references: and a list)"));
            return new BibliographyReadResult([], diagnostics);
        }

        var items = new List<CslItem>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in list.Children)
        {
            if (node is not YamlMappingNode mapping)
            {
                diagnostics.Add(Diagnostic.Error(BibliographyDiagnosticCodes.ItemInvalid, Span(file, node.Start), "a reference is a mapping of CSL variables (id:, type:, title: …)"));
                continue;
            }

            var json = Item(mapping);
            var id = json["id"] is JsonValue idValue && idValue.TryGetValue<string>(out var idText) ? idText : null;
            if (string.IsNullOrEmpty(id))
            {
                diagnostics.Add(Diagnostic.Error(BibliographyDiagnosticCodes.ItemInvalid, Span(file, node.Start), "a reference without an id: citations cannot name it; it is left out"));
                continue;
            }

            if (seen.TryGetValue(id, out var firstLine))
            {
                diagnostics.Add(Diagnostic.Warning(BibliographyDiagnosticCodes.DuplicateKey, Span(file, node.Start), $"the id {id} is used again (first at line {firstLine}); the first reference is kept"));
                continue;
            }

            seen[id] = (int)node.Start.Line;
            items.Add(BibTexReader.ToItem(json));
        }

        return new BibliographyReadResult(items, diagnostics);
    }

    private static SourceSpan Span(string file, Mark mark) => new(file, (int)mark.Line, (int)mark.Column);

    private static string Reason(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && close > 0 ? message[(close + 3)..] : message;
    }

    private static JsonObject Item(YamlMappingNode mapping)
    {
        var item = new JsonObject();
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value;
            if (string.IsNullOrEmpty(key) || item.ContainsKey(key))
            {
                continue;
            }

            item[key] = DateVariables.Contains(key) ? Date(value) : Value(value);
        }

        return item;
    }

    private static JsonNode? Value(YamlNode node) => node switch
    {
        YamlScalarNode scalar => Scalar(scalar),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(Value).ToArray()),
        YamlMappingNode mapping => Item(mapping),
        _ => null,
    };

    private static JsonValue? Scalar(YamlScalarNode scalar)
    {
        if (scalar.Value is null)
        {
            return null;
        }

        // Only unquoted true/false are booleans ("parse-names: false"); everything else stays text, as CSL-JSON numbers print as text anyway.
        if (scalar.Style == ScalarStyle.Plain && scalar.Value is "true" or "false")
        {
            return JsonValue.Create(scalar.Value == "true");
        }

        return JsonValue.Create(scalar.Value);
    }

    /// <summary>A date variable: an EDTF string becomes {"raw"}, year/month/day mappings become date-parts.</summary>
    private static JsonNode? Date(YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode scalar when scalar.Value is { Length: > 0 } text:
                return new JsonObject { ["raw"] = text };
            case YamlMappingNode mapping when !mapping.Children.ContainsKey(new YamlScalarNode("date-parts")) && HasYear(mapping):
                return new JsonObject { ["date-parts"] = new JsonArray(DateParts(mapping)) };
            case YamlSequenceNode sequence when sequence.Children.Count > 0 && sequence.Children.All(c => c is YamlMappingNode m && HasYear(m)):
                return new JsonObject { ["date-parts"] = new JsonArray(sequence.Children.Select(c => (JsonNode)DateParts((YamlMappingNode)c)).ToArray()) };
            default:
                return Value(node);
        }
    }

    private static bool HasYear(YamlMappingNode mapping) => mapping.Children.ContainsKey(new YamlScalarNode("year"));

    private static JsonArray DateParts(YamlMappingNode mapping)
    {
        var parts = new JsonArray();
        foreach (var part in new[] { "year", "month", "day" })
        {
            if (!mapping.Children.TryGetValue(new YamlScalarNode(part), out var value) || value is not YamlScalarNode { Value: { Length: > 0 } text })
            {
                break;
            }

            parts.Add((JsonNode)text);
        }

        return parts;
    }

    /// <summary>A parser that remembers where the last event it gave ends, for errors YamlDotNet reports without a place.</summary>
    private sealed class TrackingParser(IParser inner) : IParser
    {
        public Mark LastEnd { get; private set; } = new(0, 1, 1);

        public YamlDotNet.Core.Events.ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (inner.Current is { } current)
            {
                LastEnd = current.End;
            }

            return moved;
        }
    }
}
