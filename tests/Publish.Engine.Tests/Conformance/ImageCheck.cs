using UglyToad.PdfPig.Tokens;

namespace Publish.Engine.Tests.Conformance;

/// <summary>Image XObjects (ISO 19005-2 6.2.8): no /Alternates, no /OPI, /Interpolate absent or false.</summary>
internal sealed class ImageCheck : IClauseCheck
{
    public IEnumerable<ClauseFailure> Check(PdfFile pdf, ConformanceClaims claims)
    {
        if (!claims.HasFlag(ConformanceClaims.PdfA2b))
        {
            yield break;
        }

        foreach (var (reference, value) in pdf.Objects())
        {
            if (value is not StreamToken { StreamDictionary: var image } || pdf.Name(image, "Subtype") != "Image")
            {
                continue;
            }

            if (pdf.Get(image, "Interpolate") is BooleanToken { Data: true })
            {
                yield return new ClauseFailure(Clauses.A2Images, $"image object {reference.ObjectNumber} has /Interpolate true");
            }

            foreach (var key in new[] { "Alternates", "OPI" }.Where(image.Data.ContainsKey))
            {
                yield return new ClauseFailure(Clauses.A2Images, $"image object {reference.ObjectNumber} has /{key}");
            }
        }
    }
}
