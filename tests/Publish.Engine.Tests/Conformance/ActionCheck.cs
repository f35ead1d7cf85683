using UglyToad.PdfPig.Tokens;

namespace Publish.Engine.Tests.Conformance;

/// <summary>
/// Editions are documents, not programs: no forbidden action types or JavaScript anywhere, no JavaScript name tree,
/// only the four page-turning named actions (ISO 19005-2 6.5.1; ISO 15930-7 6.6), and no additional-actions
/// dictionary on the catalog or a page (6.5.2).
/// </summary>
internal sealed class ActionCheck : IClauseCheck
{
    private static readonly HashSet<string> Forbidden = new(StringComparer.Ordinal)
    {
        "Launch", "Sound", "Movie", "ResetForm", "ImportData", "Hide", "SetOCGState", "Rendition", "Trans", "GoTo3DView", "JavaScript",
    };

    public IEnumerable<ClauseFailure> Check(PdfFile pdf, ConformanceClaims claims)
    {
        var clauses = new[]
        {
            claims.HasFlag(ConformanceClaims.PdfA2b) ? Clauses.A2Actions : null,
            claims.HasFlag(ConformanceClaims.PdfX4) ? Clauses.X4Actions : null,
        }.OfType<string>().ToArray();
        if (clauses.Length == 0)
        {
            yield break;
        }

        var problems = new List<string>();
        foreach (var (reference, value) in pdf.Objects())
        {
            Inspect(value is StreamToken s ? s.StreamDictionary : value, $"object {reference.ObjectNumber}", problems, 0);
        }

        if (pdf.Dictionary(pdf.Dictionary(pdf.Catalog, "Names"), "JavaScript") is not null)
        {
            problems.Add("the catalog's name dictionary has a JavaScript tree");
        }

        foreach (var problem in problems.Distinct())
        {
            foreach (var clause in clauses)
            {
                yield return new ClauseFailure(clause, problem);
            }
        }

        if (claims.HasFlag(ConformanceClaims.PdfA2b))
        {
            if (pdf.Catalog.Data.ContainsKey("AA"))
            {
                yield return new ClauseFailure(Clauses.A2AdditionalActions, "the catalog has /AA");
            }

            foreach (var (page, index) in pdf.Pages.Select((p, i) => (p.Page, i)).Where(p => p.Page.Data.ContainsKey("AA")))
            {
                yield return new ClauseFailure(Clauses.A2AdditionalActions, $"page {index + 1} has /AA");
            }
        }
    }

    /// <summary>Looks at direct dictionaries and arrays inside one object; referenced objects are visited on their own.</summary>
    private static void Inspect(IToken token, string where, List<string> problems, int depth)
    {
        switch (token)
        {
            case DictionaryToken dictionary when depth < 16:
                var isStructure = dictionary.Data.TryGetValue("Type", out var type) && type is NameToken { Data: "StructElem" };
                if (!isStructure && dictionary.Data.TryGetValue("S", out var s) && s is NameToken action)
                {
                    if (Forbidden.Contains(action.Data))
                    {
                        problems.Add($"{where}: a {action.Data} action");
                    }
                    else if (action.Data == "Named" && dictionary.Data.TryGetValue("N", out var n) && n is NameToken { Data: not ("NextPage" or "PrevPage" or "FirstPage" or "LastPage") } named)
                    {
                        problems.Add($"{where}: named action {named.Data}");
                    }
                }

                if (!isStructure && dictionary.Data.ContainsKey("JS"))
                {
                    problems.Add($"{where}: a /JS entry (JavaScript)");
                }

                foreach (var value in dictionary.Data.Values)
                {
                    Inspect(value, where, problems, depth + 1);
                }

                break;
            case ArrayToken array when depth < 16:
                foreach (var item in array.Data)
                {
                    Inspect(item, where, problems, depth + 1);
                }

                break;
        }
    }
}
