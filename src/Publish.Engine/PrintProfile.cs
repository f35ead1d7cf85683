namespace Publish.Engine;

/// <summary>
/// What the print edition is for, as a build asks for it: the engine's own word for the typesetter's page-box
/// profile, so a host (the CLI) never names a Typesetting type.
/// </summary>
public enum PrintProfile
{
    /// <summary>Reading on screen and office printing: the page is the trimmed page (TrimBox = MediaBox), no marks.</summary>
    Default,

    /// <summary>A print shop: bleed, crop marks, TrimBox and BleedBox, and a warning for every photo under 300 dpi.</summary>
    Press,
}
