namespace Publish.Engine.Tests.Conformance;

/// <summary>
/// Clauses today's editions still fail, each with the work (issue 16) that removes it. The end-to-end conformance
/// tests tolerate exactly these; <see cref="ConformanceEditionTests.Every_known_gap_is_still_observed"/> fails once a
/// gap closes, so the list only shrinks. The lead empties it as the i16-ident and i16-struct branches merge.
/// </summary>
internal static class KnownGaps
{
    public static IReadOnlyDictionary<string, string> Clauses { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // i16-ident: XMP identification, the sRGB output intent, Info and XMP in step.
        [Conformance.Clauses.A2Identification] = "i16-ident: no pdfaid:part 2 / conformance B in the XMP",
        [Conformance.Clauses.NoUaIdentifier] = "i16-ident: no pdfuaid:part 1 in the XMP",
        [Conformance.Clauses.A2DeviceColour] = "i16-ident: DeviceRGB text and images with no sRGB output intent",
        [Conformance.Clauses.A2InfoMatchesXmp] = "i16-ident: Info /Trapped has no pdf:Trapped in the XMP",

        // i16-ident: the press edition as PDF/X-4.
        [Conformance.Clauses.X4Identification] = "i16-ident: no pdfxid:GTS_PDFXVersion PDF/X-4",
        [Conformance.Clauses.X4OutputIntent] = "i16-ident: no GTS_PDFX output intent with a CMYK profile",
        [Conformance.Clauses.X4Colour] = "i16-ident: DeviceRGB content and DeviceCMYK crop marks with no PDF/X output intent",

        // i16-struct: the structure tree.
        [Conformance.Clauses.UaIdTree] = "i16-struct: elements carry /ID but the StructTreeRoot has no /IDTree",
        [Conformance.Clauses.UaLinkText] = "i16-struct: Link elements hold the annotation (OBJR) but not the link text",
        [Conformance.Clauses.HeadingLevelSkipped] = "i16-struct: a document whose sections start at ## gets H1 (title) then H3",
    };
}
