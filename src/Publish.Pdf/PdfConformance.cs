using Publish.Pdf.Color;

namespace Publish.Pdf;

/// <summary>
/// The standards a PDF claims and the output intent they rest on. Each claim is written only where it holds:
/// PDF/UA-1 only for a tagged document (the frames carry a structure tree). <see cref="None"/> is the plain file.
/// With PDF/X-4 the intent is a CMYK printing condition and every RGB colour is written ICC-based (sRGB), since
/// device RGB has no meaning on a press (ISO 15930-7 §6.2.4.3).
/// </summary>
public sealed record PdfConformance(bool PdfA2b, bool PdfUA1, bool PdfX4, OutputIntent? Intent)
{
    /// <summary>No claim, no output intent: the file as it was before standards were claimed.</summary>
    public static PdfConformance None { get; } = new(false, false, false, null);

    /// <summary>PDF/A-2b (ISO 19005-2 level B) and PDF/UA-1 (ISO 14289-1) on an sRGB output intent.</summary>
    public static PdfConformance Archive => new(true, true, false, OutputIntent.Srgb);

    /// <summary>
    /// PDF/X-4 (ISO 15930-7) and PDF/UA-1, and PDF/A-2b too: PDF/A-2 takes a CMYK output intent (§6.2.3) and the same
    /// ICC-based colour, so one file serves the printer and the archive.
    /// </summary>
    public static PdfConformance Press(OutputIntent printingCondition)
    {
        ArgumentNullException.ThrowIfNull(printingCondition);
        if (printingCondition.Profile.Components != 4 || printingCondition.Profile.DeviceClass != "prtr")
        {
            throw new ArgumentException("A PDF/X-4 output intent here is a CMYK output (printer) profile.", nameof(printingCondition));
        }

        return new PdfConformance(true, true, true, printingCondition);
    }

    /// <summary>Whether RGB colour is written in an ICC-based sRGB space instead of DeviceRGB.</summary>
    internal bool IccBasedRgb => PdfX4;
}
