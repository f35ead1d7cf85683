using UglyToad.PdfPig.Tokens;

namespace Publish.Engine.Tests.Conformance;

/// <summary>
/// Output intents: PDF/A's (ISO 19005-2 6.2.3) share one valid output or monitor profile of ICC version 4 or lower;
/// PDF/X-4's (ISO 15930-7 6.2.2) is exactly one GTS_PDFX intent embedding a printer profile, with its condition named.
/// </summary>
internal sealed class OutputIntentCheck : IClauseCheck
{
    public IEnumerable<ClauseFailure> Check(PdfFile pdf, ConformanceClaims claims)
    {
        if (claims.HasFlag(ConformanceClaims.PdfA2b))
        {
            var intents = OutputIntents.Of(pdf, "GTS_PDFA1");
            var references = pdf.Array(pdf.Catalog, "OutputIntents").OfType<DictionaryToken>()
                .Select(d => d.Data.TryGetValue("DestOutputProfile", out var r) ? r : null).Where(r => r is not null).Distinct().Count();
            if (references > 1)
            {
                yield return new ClauseFailure(Clauses.A2OutputIntent, $"{references} different DestOutputProfile objects (all output intents must share one)");
            }

            foreach (var intent in intents)
            {
                if (Problem(intent, ["prtr", "mntr"]) is { } problem)
                {
                    yield return new ClauseFailure(Clauses.A2OutputIntent, $"GTS_PDFA1 output intent: {problem}");
                }
            }
        }

        if (claims.HasFlag(ConformanceClaims.PdfX4))
        {
            var intents = OutputIntents.Of(pdf, "GTS_PDFX");
            if (intents.Count != 1)
            {
                yield return new ClauseFailure(Clauses.X4OutputIntent, $"{intents.Count} GTS_PDFX output intents, not exactly one");
            }

            foreach (var intent in intents)
            {
                if (Problem(intent, ["prtr"]) is { } problem)
                {
                    yield return new ClauseFailure(Clauses.X4OutputIntent, $"GTS_PDFX output intent: {problem}");
                }

                if (pdf.Text(intent.Dictionary, "OutputConditionIdentifier") is not { Length: > 0 })
                {
                    yield return new ClauseFailure(Clauses.X4OutputIntent, "GTS_PDFX output intent has no OutputConditionIdentifier");
                }
            }
        }
    }

    private static string? Problem(OutputIntents.Intent intent, string[] classes)
    {
        if (intent.Profile is null)
        {
            return "no embedded DestOutputProfile stream";
        }

        if (intent.Header is not { } header)
        {
            return "the DestOutputProfile is not an ICC profile (no 'acsp' signature)";
        }

        if (header.DeclaredSize != intent.Profile.Length)
        {
            return $"the ICC header declares {header.DeclaredSize} bytes but the stream holds {intent.Profile.Length}";
        }

        if (!classes.Contains(header.DeviceClass))
        {
            return $"profile class '{header.DeviceClass}' is not {string.Join(" or ", classes)}";
        }

        if (header.Components == 0)
        {
            return $"profile colour space '{header.ColourSpace}' is not GRAY, RGB or CMYK";
        }

        return header.Major is < 2 or > 4 ? $"ICC version {header.Major}.{header.Minor} is not 2 to 4" : null;
    }
}
