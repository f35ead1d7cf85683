namespace Publish.Epub;

/// <summary>Stable codes of the EPUB writer (PUB6xxx, see <see cref="Publish.Model.Diagnostics.DiagnosticCodes"/>).</summary>
public static class EpubDiagnosticCodes
{
    public const string ImageNotDecoded = "PUB6001";
    public const string ImageTooLarge = "PUB6002";
    public const string PageAnchorOutsideContent = "PUB6003";
    public const string UnsafeLinkDropped = "PUB6004";
    public const string CoverNotDrawn = "PUB6005";
    public const string FontNotEmbedded = "PUB6006";
    public const string FontNotSubset = "PUB6007";
    public const string IsbnCheckDigitWrong = "PUB6008";
    public const string ImageWithoutAltText = "PUB6009";
    public const string CrossReferenceTargetMissing = "PUB6010";
}
