using UglyToad.PdfPig.Tokens;

namespace Publish.Engine.Tests.Conformance;

/// <summary>
/// The tagged-PDF clauses of PDF/UA-1 read from the catalog and the structure tree: MarkInfo and StructTreeRoot
/// (ISO 14289-1 7.1; Matterhorn 01-007), role mapping (02-001, 02-003, 02-004), DisplayDocTitle (07-001, 07-002),
/// list structure (09-005, ISO 32000-1 Table 336), /Lang (11-001), Figure alternate text (13-004), numbered headings
/// (14-002, 14-003, 14-007), Note IDs (19-003, 19-004), an IDTree that resolves every /ID (ISO 32000-1 14.7.2), and
/// Link elements holding both their annotation and their text (7.18.5, ISO 32000-1 14.8.4.4.2).
/// </summary>
internal sealed class StructureCheck : IClauseCheck
{
    public IEnumerable<ClauseFailure> Check(PdfFile pdf, ConformanceClaims claims)
    {
        if (!claims.HasFlag(ConformanceClaims.PdfUa1))
        {
            return [];
        }

        return Catalog(pdf).Concat(Roles(pdf)).Concat(Elements(pdf)).Concat(Headings(pdf)).Concat(Ids(pdf));
    }

    private static IEnumerable<ClauseFailure> Catalog(PdfFile pdf)
    {
        var markInfo = pdf.Dictionary(pdf.Catalog, "MarkInfo");
        if (pdf.Get(markInfo, "Marked") is not BooleanToken { Data: true })
        {
            yield return new ClauseFailure(Clauses.UaTagged, "the catalog's /MarkInfo has no /Marked true");
        }

        if (pdf.Get(markInfo, "Suspects") is BooleanToken { Data: true })
        {
            yield return new ClauseFailure(Clauses.Suspects, "/MarkInfo /Suspects is true");
        }

        if (pdf.Structure.Root is null)
        {
            yield return new ClauseFailure(Clauses.UaTagged, "the catalog has no /StructTreeRoot");
        }

        var preferences = pdf.Dictionary(pdf.Catalog, "ViewerPreferences");
        switch (pdf.Get(preferences, "DisplayDocTitle"))
        {
            case null:
                yield return new ClauseFailure(Clauses.NoDisplayDocTitle, "/ViewerPreferences has no /DisplayDocTitle");
                break;
            case BooleanToken { Data: true }:
                break;
            default:
                yield return new ClauseFailure(Clauses.DisplayDocTitleFalse, "/DisplayDocTitle is not true");
                break;
        }

        if (string.IsNullOrWhiteSpace(pdf.Text(pdf.Catalog, "Lang")))
        {
            yield return new ClauseFailure(Clauses.NoLanguage, "the catalog has no /Lang, so the natural language of the text cannot be determined");
        }
    }

    private static IEnumerable<ClauseFailure> Roles(PdfFile pdf)
    {
        var tree = pdf.Structure;
        foreach (var (from, _) in tree.RoleMap)
        {
            if (StructureTree.StandardTypes.Contains(from))
            {
                yield return new ClauseFailure(Clauses.StandardTypeRemapped, $"the role map remaps the standard type {from}");
            }
            else if (tree.MapRole(from) is not { } mapped)
            {
                yield return new ClauseFailure(Clauses.RoleMapCircular, $"the role map's chain from {from} is circular");
            }
            else if (!StructureTree.StandardTypes.Contains(mapped))
            {
                yield return new ClauseFailure(Clauses.RoleMapNotStandard, $"{from} maps to {mapped}, not a standard type");
            }
        }

        foreach (var type in tree.Elements.Select(e => e.Type).Distinct().Where(t => !StructureTree.StandardTypes.Contains(t) && !tree.RoleMap.ContainsKey(t)))
        {
            yield return new ClauseFailure(Clauses.RoleMapNotStandard, $"structure type {type} is neither standard nor role-mapped");
        }
    }

    private static IEnumerable<ClauseFailure> Elements(PdfFile pdf)
    {
        foreach (var element in pdf.Structure.Elements)
        {
            switch (element.StandardType)
            {
                case "Figure" when string.IsNullOrWhiteSpace(pdf.Text(element.Dictionary, "Alt")) && string.IsNullOrWhiteSpace(pdf.Text(element.Dictionary, "ActualText")):
                    yield return new ClauseFailure(Clauses.FigureWithoutAlt, $"{element} has neither /Alt nor /ActualText");
                    break;
                case "L" when element.Kids.FirstOrDefault(k => k.StandardType is not ("LI" or "Caption")) is { } stray:
                    yield return new ClauseFailure(Clauses.ListStructure, $"{element} holds {stray}, not LI or Caption");
                    break;
                case "LI" when element.Kids.FirstOrDefault(k => k.StandardType is not ("Lbl" or "LBody")) is { } stray:
                    yield return new ClauseFailure(Clauses.ListStructure, $"{element} holds {stray}, not Lbl or LBody");
                    break;
                case "LI" when element.MarkedContent.Count > 0:
                    yield return new ClauseFailure(Clauses.ListStructure, $"{element} holds content directly, not in Lbl or LBody");
                    break;
                case "Lbl" or "LBody" when element.Parent?.StandardType != "LI":
                    yield return new ClauseFailure(Clauses.ListStructure, $"{element} is not inside an LI");
                    break;
                case "LI" when element.Parent?.StandardType != "L":
                    yield return new ClauseFailure(Clauses.ListStructure, $"{element} is not inside an L");
                    break;
                case "Note" when string.IsNullOrEmpty(element.Id):
                    yield return new ClauseFailure(Clauses.NoteWithoutId, $"{element} has no /ID");
                    break;
                case "Link":
                    var descendants = element.SelfAndDescendants().ToArray();
                    if (!descendants.Any(d => d.Objects.Count > 0) || !descendants.Any(d => d.MarkedContent.Count > 0))
                    {
                        yield return new ClauseFailure(Clauses.UaLinkText, $"{element} holds {(descendants.Any(d => d.Objects.Count > 0) ? "its annotation but no text" : "no annotation (OBJR)")}");
                    }

                    break;
            }
        }

        foreach (var duplicate in pdf.Structure.Elements.Where(e => e.StandardType == "Note" && !string.IsNullOrEmpty(e.Id)).GroupBy(e => e.Id).Where(g => g.Count() > 1))
        {
            yield return new ClauseFailure(Clauses.NoteIdNotUnique, $"{duplicate.Count()} Note elements share the /ID '{duplicate.Key}'");
        }
    }

    /// <summary>Matterhorn 14: numbered headings start at H1, never skip a level going down, and do not mix with H.</summary>
    private static IEnumerable<ClauseFailure> Headings(PdfFile pdf)
    {
        var headings = pdf.Structure.Elements.Where(e => e.StandardType is "H" or "H1" or "H2" or "H3" or "H4" or "H5" or "H6").ToArray();
        var numbered = headings.Where(h => h.StandardType != "H").ToArray();
        if (numbered.Length == 0)
        {
            yield break;
        }

        if (numbered.Length != headings.Length)
        {
            yield return new ClauseFailure(Clauses.MixedHeadingKinds, "the document uses both H and H1–H6");
        }

        if (numbered[0].StandardType != "H1")
        {
            yield return new ClauseFailure(Clauses.FirstHeadingNotH1, $"the first numbered heading is {numbered[0]}");
        }

        for (var i = 1; i < numbered.Length; i++)
        {
            var before = numbered[i - 1].StandardType[1] - '0';
            var level = numbered[i].StandardType[1] - '0';
            if (level > before + 1)
            {
                yield return new ClauseFailure(Clauses.HeadingLevelSkipped, $"{numbered[i]} follows H{before}");
            }
        }
    }

    /// <summary>ISO 32000-1 14.7.2: when elements have /ID, the StructTreeRoot's /IDTree maps each ID to its element.</summary>
    private static IEnumerable<ClauseFailure> Ids(PdfFile pdf)
    {
        var withId = pdf.Structure.Elements.Where(e => !string.IsNullOrEmpty(e.Id)).ToArray();
        if (withId.Length == 0)
        {
            yield break;
        }

        if (pdf.Structure.IdTree is not { } idTree)
        {
            yield return new ClauseFailure(Clauses.UaIdTree, $"{withId.Length} structure elements have /ID but the StructTreeRoot has no /IDTree");
            yield break;
        }

        var wrong = withId.Where(e => !idTree.TryGetValue(e.Id!, out var target) || (target as IndirectReferenceToken)?.Data != e.Reference).ToArray();
        if (wrong.Length > 0)
        {
            yield return new ClauseFailure(Clauses.UaIdTree, $"{wrong.Length} IDs do not resolve to their element through the IDTree, e.g. '{wrong[0].Id}'");
        }
    }
}
