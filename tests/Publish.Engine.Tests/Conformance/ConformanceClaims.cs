namespace Publish.Engine.Tests.Conformance;

/// <summary>The standards a PDF claims (ISO 19005-2 6.6.4, ISO 14289-1 5, ISO 15930-7 identification).</summary>
[Flags]
internal enum ConformanceClaims
{
    None = 0,

    /// <summary>PDF/A-2b: pdfaid:part 2, pdfaid:conformance B.</summary>
    PdfA2b = 1,

    /// <summary>PDF/UA-1: pdfuaid:part 1.</summary>
    PdfUa1 = 2,

    /// <summary>PDF/X-4: pdfxid:GTS_PDFXVersion and Info /GTS_PDFXVersion "PDF/X-4".</summary>
    PdfX4 = 4,
}
