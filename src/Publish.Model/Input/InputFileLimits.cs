namespace Publish.Model.Input;

/// <summary>
/// The size limits of inputs opened after the reader or the style loader checked them (the layout and the writers
/// open fonts and images again by path): the same limits as those checks, so a file that grew in between is refused.
/// </summary>
public static class InputFileLimits
{
    /// <summary>An image file (as <c>InputDiagnosticLimits.MaxImageBytes</c>, checked when the manuscript is read).</summary>
    public const long MaxImageBytes = 64L * 1024 * 1024;

    /// <summary>A font file (as <c>FontFileChecker.MaxFontFileBytes</c>, checked when the style is loaded).</summary>
    public const long MaxFontBytes = 64L * 1024 * 1024;
}
