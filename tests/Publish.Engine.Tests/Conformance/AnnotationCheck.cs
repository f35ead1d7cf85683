using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Publish.Engine.Tests.Conformance;

/// <summary>
/// Annotations: permitted types (ISO 19005-2 6.3.1), print flag set and hidden flags clear (6.3.2), an appearance
/// stream where required (6.3.3); for PDF/UA-1 /Tabs /S on every page with annotations (Matterhorn 28-008, 28-009),
/// each link annotation in a Link structure element through OBJR and StructParent (28-011) with /Contents (28-012).
/// </summary>
internal sealed class AnnotationCheck : IClauseCheck
{
    /// <summary>ISO 19005-2 6.3.1 forbids 3D, Sound, Screen and Movie and any type ISO 32000-1 does not define.</summary>
    private static readonly HashSet<string> Permitted = new(StringComparer.Ordinal)
    {
        "Text", "Link", "FreeText", "Line", "Square", "Circle", "Polygon", "PolyLine", "Highlight", "Underline", "Squiggly", "StrikeOut",
        "Stamp", "Caret", "Ink", "Popup", "FileAttachment", "Widget", "PrinterMark", "TrapNet", "Watermark", "Redact",
    };

    public IEnumerable<ClauseFailure> Check(PdfFile pdf, ConformanceClaims claims)
    {
        var a2 = claims.HasFlag(ConformanceClaims.PdfA2b);
        var ua = claims.HasFlag(ConformanceClaims.PdfUa1);
        for (var p = 0; p < pdf.Pages.Count; p++)
        {
            var page = pdf.Pages[p].Page;
            var annotations = page.Data.TryGetValue("Annots", out var annots) && pdf.Resolve(annots) is ArrayToken array ? array.Data : [];
            if (annotations.Count == 0)
            {
                continue;
            }

            if (ua && pdf.Name(page, "Tabs") is var tabs && tabs != "S")
            {
                yield return tabs is null
                    ? new ClauseFailure(Clauses.NoTabs, $"page {p + 1} has annotations but no /Tabs")
                    : new ClauseFailure(Clauses.TabsNotStructure, $"page {p + 1} has /Tabs /{tabs}, not /S");
            }

            foreach (var token in annotations)
            {
                if (pdf.Resolve(token) is not DictionaryToken annotation)
                {
                    continue;
                }

                var where = $"page {p + 1}, {pdf.Name(annotation, "Subtype")} annotation{(token is IndirectReferenceToken r ? $" object {r.Data.ObjectNumber}" : string.Empty)}";
                var failures = (a2 ? PdfAFailures(pdf, annotation, where) : Enumerable.Empty<ClauseFailure>())
                    .Concat(ua ? PdfUaFailures(pdf, annotation, (token as IndirectReferenceToken)?.Data, where) : Enumerable.Empty<ClauseFailure>());
                foreach (var failure in failures)
                {
                    yield return failure;
                }
            }
        }
    }

    private static IEnumerable<ClauseFailure> PdfAFailures(PdfFile pdf, DictionaryToken annotation, string where)
    {
        var subtype = pdf.Name(annotation, "Subtype") ?? string.Empty;
        if (!Permitted.Contains(subtype))
        {
            yield return new ClauseFailure(Clauses.A2AnnotationTypes, $"{where}: type {subtype} is not permitted");
        }

        if (subtype != "Popup")
        {
            var flags = (int)(pdf.Number(annotation, "F") ?? 0);
            if ((flags & 4) == 0 || (flags & (1 | 2 | 32 | 256)) != 0)
            {
                yield return new ClauseFailure(Clauses.A2AnnotationFlags, $"{where}: /F {flags} (Print must be set; Invisible, Hidden, NoView, ToggleNoView clear)");
            }
        }

        var rect = pdf.Array(annotation, "Rect").OfType<NumericToken>().Select(n => n.Double).ToArray();
        var zeroArea = rect.Length == 4 && rect[0] == rect[2] && rect[1] == rect[3];
        var appearance = pdf.Dictionary(annotation, "AP");
        if (appearance is null && subtype is not ("Link" or "Popup") && !zeroArea)
        {
            yield return new ClauseFailure(Clauses.A2AnnotationAppearance, $"{where}: no appearance dictionary");
        }
        else if (appearance is not null && (appearance.Data.Keys.Any(k => k != "N") || (subtype != "Widget" && pdf.Get(appearance, "N") is not StreamToken)))
        {
            yield return new ClauseFailure(Clauses.A2AnnotationAppearance, $"{where}: the appearance dictionary must hold only an /N stream");
        }
    }

    private static IEnumerable<ClauseFailure> PdfUaFailures(PdfFile pdf, DictionaryToken annotation, IndirectReference? reference, string where)
    {
        if (pdf.Name(annotation, "Subtype") != "Link")
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(pdf.Text(annotation, "Contents")))
        {
            yield return new ClauseFailure(Clauses.LinkWithoutContents, $"{where}: no /Contents");
        }

        var tree = pdf.Structure;
        var key = pdf.Number(annotation, "StructParent");
        var parent = key is { } k && tree.ParentTree.TryGetValue((int)k, out var target) && target is IndirectReferenceToken t
            ? tree.Elements.FirstOrDefault(e => e.Reference == t.Data)
            : null;
        if (parent is null || parent.StandardType != "Link" || reference is null || !parent.Objects.Contains(reference.Value))
        {
            yield return new ClauseFailure(Clauses.LinkNotInLinkTag, $"{where}: not inside a Link element (StructParent {key?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "missing"} → {parent?.ToString() ?? "nothing"})");
        }
    }
}
