using System.Text.Json;
using System.Text.Json.Nodes;
using Publish.Model.Diagnostics;

namespace Publish.Citations.Bibliography;

/// <summary>
/// Reads a BibTeX or BibLaTeX file into CSL items: syntax (<see cref="BibTexParser"/>), <c>crossref</c>/<c>xdata</c>
/// inheritance (<see cref="BibTexInheritance"/>), then each entry through a CSL-JSON object
/// (<see cref="BibTexConverter"/>) into the processor's own CSL-JSON reading, so a .bib item and a CSL-JSON item are
/// the same thing to the processor. <c>@xdata</c> entries lend fields and are not items; a repeated key is warned
/// and the first entry kept.
/// </summary>
public static class BibTexReader
{
    /// <summary>The items of a .bib file's text; <paramref name="file"/> names it in diagnostics.</summary>
    public static BibliographyReadResult Read(string text, string file)
    {
        var diagnostics = new List<Diagnostic>();
        var parser = new BibTexParser(text, file, diagnostics);
        var entries = new List<BibTexEntry>();
        var firstByKey = new Dictionary<string, BibTexEntry>(StringComparer.Ordinal);
        foreach (var entry in parser.Parse())
        {
            if (firstByKey.TryGetValue(entry.Key, out var first))
            {
                diagnostics.Add(Diagnostic.Warning(BibliographyDiagnosticCodes.DuplicateKey, entry.Span, $"the key {entry.Key} is used again (first at line {first.Span.Line}); the first entry is kept"));
                continue;
            }

            firstByKey[entry.Key] = entry;
            entries.Add(entry);
        }

        var inheritance = new BibTexInheritance(entries, diagnostics);
        var items = new List<CslItem>();
        foreach (var entry in entries.Where(e => e.Type != "xdata"))
        {
            var json = new BibTexConverter(entry, inheritance.Resolve(entry), diagnostics).ToJson();
            items.Add(ToItem(json));
        }

        return new BibliographyReadResult(items, diagnostics);
    }

    internal static CslItem ToItem(JsonObject json)
    {
        using var document = JsonDocument.Parse(json.ToJsonString());
        return CslItem.FromJson(document.RootElement);
    }
}
