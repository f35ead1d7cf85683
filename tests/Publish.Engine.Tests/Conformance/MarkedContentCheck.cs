using UglyToad.PdfPig.Tokens;

namespace Publish.Engine.Tests.Conformance;

/// <summary>
/// Every painting operator of a page lies inside marked content that is either an Artifact or tagged with an MCID the
/// structure tree references (ISO 14289-1 7.1; Matterhorn 01-005), and the two never nest inside each other
/// (01-003, 01-004). Form XObjects count as one painting operation where they are drawn.
/// </summary>
internal sealed class MarkedContentCheck : IClauseCheck
{
    private static readonly HashSet<string> Painting = new(StringComparer.Ordinal)
    {
        "Tj", "TJ", "'", "\"", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "Do", "sh", "BI",
    };

    private enum Mark
    {
        Other,
        Artifact,
        Tagged,
    }

    public IEnumerable<ClauseFailure> Check(PdfFile pdf, ConformanceClaims claims)
    {
        if (!claims.HasFlag(ConformanceClaims.PdfUa1))
        {
            yield break;
        }

        var referenced = pdf.Structure.Elements.SelectMany(e => e.MarkedContent).ToHashSet();
        var pageSteps = pdf.ContentSteps.Where(s => s.Depth == 0).ToLookup(s => s.Page - 1, s => s.Operation);
        for (var p = 0; p < pdf.Pages.Count; p++)
        {
            var page = pdf.Pages[p].Page;
            var properties = pdf.Dictionary(ContentWalker.Resources(pdf, page), "Properties");
            var stack = new Stack<Mark>();
            int untagged = 0, artifactInTagged = 0, taggedInArtifact = 0;
            var orphans = new SortedSet<int>();
            foreach (var op in pageSteps[p])
            {
                switch (op.Operator)
                {
                    case "BMC" or "BDC":
                        var tag = op.Operands.Count > 0 ? op.Operands[0] as ContentName : null;
                        var mcid = op.Operator == "BDC" ? Mcid(pdf, op.Operands.Count > 1 ? op.Operands[1] : null, properties) : null;
                        var mark = tag?.Value == "Artifact" ? Mark.Artifact : mcid is not null ? Mark.Tagged : Mark.Other;
                        if (mark == Mark.Artifact && stack.Contains(Mark.Tagged))
                        {
                            artifactInTagged++;
                        }

                        if (mark == Mark.Tagged && stack.Contains(Mark.Artifact))
                        {
                            taggedInArtifact++;
                        }

                        if (mark == Mark.Tagged && !referenced.Contains((p, mcid!.Value)))
                        {
                            orphans.Add(mcid.Value);
                        }

                        stack.Push(mark);
                        break;
                    case "EMC":
                        if (stack.Count > 0)
                        {
                            stack.Pop();
                        }

                        break;
                    default:
                        if (Painting.Contains(op.Operator) && !stack.Any(m => m is Mark.Artifact or Mark.Tagged))
                        {
                            untagged++;
                        }

                        break;
                }
            }

            if (untagged > 0)
            {
                yield return new ClauseFailure(Clauses.UntaggedContent, $"page {p + 1}: {untagged} painting operators are neither Artifact nor tagged");
            }

            if (orphans.Count > 0)
            {
                yield return new ClauseFailure(Clauses.UntaggedContent, $"page {p + 1}: MCIDs {string.Join(", ", orphans.Take(5))} are marked but no structure element references them");
            }

            if (artifactInTagged > 0)
            {
                yield return new ClauseFailure(Clauses.ArtifactInsideTagged, $"page {p + 1}: {artifactInTagged} Artifact sequences inside tagged content");
            }

            if (taggedInArtifact > 0)
            {
                yield return new ClauseFailure(Clauses.TaggedInsideArtifact, $"page {p + 1}: {taggedInArtifact} tagged sequences inside an Artifact");
            }
        }
    }

    /// <summary>The MCID of a BDC's properties: an inline dictionary or a name in the page's /Properties.</summary>
    private static int? Mcid(PdfFile pdf, object? properties, DictionaryToken? named) => properties switch
    {
        Dictionary<string, object> inline => inline.GetValueOrDefault("MCID") is double d ? (int)d : null,
        ContentName name => pdf.Number(pdf.Dictionary(named, name.Value), "MCID") is { } n ? (int)n : null,
        _ => null,
    };
}
