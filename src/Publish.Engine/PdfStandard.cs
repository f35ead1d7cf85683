namespace Publish.Engine;

/// <summary>Which standards the PDF edition claims (<c>--pdf-standard</c>).</summary>
public enum PdfStandard
{
    /// <summary>
    /// Those of the print profile: PDF/A-2b and PDF/UA-1 on an sRGB output intent by default; PDF/X-4, PDF/A-2b and
    /// PDF/UA-1 on the style's CMYK printing condition (FOGRA39 unless the style names another) for the press.
    /// </summary>
    Profile,

    /// <summary>No claim and no output intent: the plain PDF 1.7 file.</summary>
    None,
}
