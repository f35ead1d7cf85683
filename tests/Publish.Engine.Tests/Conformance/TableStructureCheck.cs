using UglyToad.PdfPig.Tokens;

namespace Publish.Engine.Tests.Conformance;

/// <summary>
/// Tables in the structure tree (PDF/UA-1 7.5): their elements nest as ISO 32000-1 Table 337 says (Matterhorn 09-004),
/// and in a table organised without /Headers every header cell says whether it heads a row or a column (15-003).
/// </summary>
internal sealed class TableStructureCheck : IClauseCheck
{
    public IEnumerable<ClauseFailure> Check(PdfFile pdf, ConformanceClaims claims) =>
        claims.HasFlag(ConformanceClaims.PdfUa1) ? Nesting(pdf).Concat(Scopes(pdf)) : [];

    private static IEnumerable<ClauseFailure> Nesting(PdfFile pdf)
    {
        foreach (var element in pdf.Structure.Elements)
        {
            var parent = element.Parent?.StandardType;
            string? problem = element.StandardType switch
            {
                "Table" when element.Kids.FirstOrDefault(k => k.StandardType is not ("TR" or "THead" or "TBody" or "TFoot" or "Caption")) is { } stray => $"holds {stray}",
                "THead" or "TBody" or "TFoot" when parent != "Table" => $"sits in {parent ?? "the tree root"}, not in a Table",
                "THead" or "TBody" or "TFoot" when element.Kids.FirstOrDefault(k => k.StandardType != "TR") is { } stray => $"holds {stray}, not TR",
                "TR" when parent is not ("Table" or "THead" or "TBody" or "TFoot") => $"sits in {parent ?? "the tree root"}",
                "TR" when element.Kids.FirstOrDefault(k => k.StandardType is not ("TH" or "TD")) is { } stray => $"holds {stray}, not TH or TD",
                "TH" or "TD" when parent != "TR" => $"sits in {parent ?? "the tree root"}, not in a TR",
                _ => null,
            };
            if (problem is not null)
            {
                yield return new ClauseFailure(Clauses.TableStructure, $"{element} {problem}");
            }
        }
    }

    private static IEnumerable<ClauseFailure> Scopes(PdfFile pdf)
    {
        var elements = pdf.Structure.Elements;
        if (elements.Any(e => e.StandardType is "TH" or "TD" && pdf.Get(e.Dictionary, "Headers") is not null))
        {
            // Organised with /Headers and IDs: 15-003 does not apply.
            yield break;
        }

        foreach (var header in elements.Where(e => e.StandardType == "TH" && Scope(pdf, e) is not ("Row" or "Column" or "Both")))
        {
            yield return new ClauseFailure(Clauses.TableHeaderWithoutScope, $"{header} has no /Scope");
        }
    }

    /// <summary>The /Scope of the element's Table attributes; /A is a dictionary, or an array of them (and revision numbers).</summary>
    private static string? Scope(PdfFile pdf, StructureElement element)
    {
        var attributes = pdf.Resolve(pdf.Get(element.Dictionary, "A")) switch
        {
            DictionaryToken one => [one],
            ArrayToken many => many.Data.Select(pdf.Resolve).OfType<DictionaryToken>().ToArray(),
            _ => [],
        };
        return attributes.Where(a => pdf.Name(a, "O") == "Table").Select(a => pdf.Name(a, "Scope")).FirstOrDefault(s => s is not null);
    }
}
