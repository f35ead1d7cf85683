namespace Publish.Typesetting.Layout;

/// <summary>What the print edition is for, which decides its page boxes, printer's marks and the resolution photos need.</summary>
public enum PrintTarget
{
    /// <summary>Reading on screen and office printing: the page is the trimmed page (TrimBox = MediaBox), no marks.</summary>
    Default,

    /// <summary>
    /// A print shop: 3 mm bleed (or the style's, if larger), crop marks outside it, TrimBox and BleedBox on every
    /// page, and a warning for every image under 300 dpi at its printed size.
    /// </summary>
    Press,
}
