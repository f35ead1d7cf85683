using UglyToad.PdfPig.Tokens;

namespace Publish.Engine.Tests.Conformance;

/// <summary>
/// PDF/X page boxes (ISO 15930-7 6.1.11): every page has a TrimBox or an ArtBox, the BleedBox lies within the
/// MediaBox, and the TrimBox (or ArtBox) within the BleedBox when there is one, else within the MediaBox.
/// </summary>
internal sealed class PrintBoxCheck : IClauseCheck
{
    private const double Tolerance = 0.01;

    public IEnumerable<ClauseFailure> Check(PdfFile pdf, ConformanceClaims claims)
    {
        if (!claims.HasFlag(ConformanceClaims.PdfX4))
        {
            yield break;
        }

        for (var p = 0; p < pdf.Pages.Count; p++)
        {
            var page = pdf.Pages[p].Page;
            var media = Box(pdf, page, "MediaBox", inherited: true);
            var bleed = Box(pdf, page, "BleedBox");
            var trim = Box(pdf, page, "TrimBox") ?? Box(pdf, page, "ArtBox");
            if (trim is null)
            {
                yield return new ClauseFailure(Clauses.X4Boxes, $"page {p + 1} has neither TrimBox nor ArtBox");
                continue;
            }

            if (media is null)
            {
                yield return new ClauseFailure(Clauses.X4Boxes, $"page {p + 1} has no MediaBox");
                continue;
            }

            if (bleed is not null && !Within(bleed, media))
            {
                yield return new ClauseFailure(Clauses.X4Boxes, $"page {p + 1}: the BleedBox [{string.Join(' ', bleed)}] extends past the MediaBox [{string.Join(' ', media)}]");
            }

            if (!Within(trim, bleed ?? media))
            {
                yield return new ClauseFailure(Clauses.X4Boxes, $"page {p + 1}: the TrimBox [{string.Join(' ', trim)}] extends past the {(bleed is null ? "MediaBox" : "BleedBox")}");
            }
        }
    }

    private static bool Within(double[] inner, double[] outer) =>
        inner[0] >= outer[0] - Tolerance && inner[1] >= outer[1] - Tolerance && inner[2] <= outer[2] + Tolerance && inner[3] <= outer[3] + Tolerance;

    /// <summary>A box normalised to [llx lly urx ury]; MediaBox may be inherited from the page tree.</summary>
    private static double[]? Box(PdfFile pdf, DictionaryToken page, string key, bool inherited = false)
    {
        for (var node = page; node is not null; node = inherited ? pdf.Dictionary(node, "Parent") : null)
        {
            var values = pdf.Array(node, key).OfType<NumericToken>().Select(n => n.Double).ToArray();
            if (values.Length == 4)
            {
                return [Math.Min(values[0], values[2]), Math.Min(values[1], values[3]), Math.Max(values[0], values[2]), Math.Max(values[1], values[3])];
            }
        }

        return null;
    }
}
