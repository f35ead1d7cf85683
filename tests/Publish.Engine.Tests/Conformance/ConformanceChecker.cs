namespace Publish.Engine.Tests.Conformance;

/// <summary>
/// Runs every clause family over a PDF for the standards it should meet and returns the failures, each with its
/// clause id. An empty list means every machine-decidable clause the checker knows holds (docs/pdf-conformance.md).
/// </summary>
internal static class ConformanceChecker
{
    private static readonly IClauseCheck[] Checks =
    [
        new FileStructureCheck(), new MetadataCheck(), new OutputIntentCheck(), new ColourCheck(), new ImageCheck(), new FontCheck(),
        new AnnotationCheck(), new ActionCheck(), new StructureCheck(), new TableStructureCheck(), new MarkedContentCheck(), new PrintBoxCheck(),
    ];

    public static IReadOnlyList<ClauseFailure> Check(byte[] bytes, ConformanceClaims claims)
    {
        using var pdf = PdfFile.Open(bytes);
        return Checks.SelectMany(c => c.Check(pdf, claims)).ToArray();
    }

    /// <summary>What the file itself claims in its XMP identification schemas.</summary>
    public static ConformanceClaims ClaimsOf(byte[] bytes)
    {
        using var pdf = PdfFile.Open(bytes);
        return XmpPacket.Read(pdf)?.Claims() ?? ConformanceClaims.None;
    }
}
