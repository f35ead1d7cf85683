namespace Publish.Pdf.Metadata;

/// <summary>The standards one written file claims, after the writer has checked each holds (PDF/UA only when tagged).</summary>
internal sealed record DocumentClaims(bool PdfA2b, bool PdfUA1, bool PdfX4)
{
    public bool Any => PdfA2b || PdfUA1 || PdfX4;

    public static DocumentClaims For(PdfConformance conformance, bool tagged) =>
        new(conformance.PdfA2b, conformance.PdfUA1 && tagged, conformance.PdfX4);
}
