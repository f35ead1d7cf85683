namespace Publish.Manuscript.Input;

/// <summary>
/// Input codes not (yet) in <see cref="Model.Diagnostics.DiagnosticCodes"/> (issue 7); they belong there, in
/// the PUB10xx (input) and PUB12xx (images) ranges, and keep these numbers when they move.
/// </summary>
public static class InputDiagnosticCodes
{
    /// <summary>A paragraph longer than <see cref="InputDiagnosticLimits.MaxParagraphCharacters"/>: refused.</summary>
    public const string ParagraphTooLong = "PUB1007";

    /// <summary>A Markdown paragraph with more link openers than the reader can parse in reasonable time (see <see cref="Markdown.LinkRunGuard"/>).</summary>
    public const string TooManyLinksInParagraph = "PUB1008";

    /// <summary>A Markdown paragraph with more emphasis delimiter runs than the reader can parse in reasonable time (see <see cref="Markdown.MarkdownLimits.MaxEmphasisDelimitersPerParagraph"/>).</summary>
    public const string TooManyEmphasisDelimitersInParagraph = "PUB1009";

    /// <summary>An image file that is empty, truncated, corrupt or in no format the editions take.</summary>
    public const string ImageUnreadable = "PUB1204";

    /// <summary>An image whose header declares more than <see cref="Imaging.ImageLimits.MaxPixels"/> pixels.</summary>
    public const string ImageTooLarge = "PUB1205";

    /// <summary>An animated image: the print edition can show only its first frame.</summary>
    public const string AnimatedImageFirstFrameOnly = "PUB1206";
}
