namespace Publish.Epub;

/// <summary>
/// The font files the drawn cover sets its text in, as the house style declares them (the body family's regular and
/// bold faces): the title in bold, everything else in regular. The writer never looks for fonts by file name.
/// </summary>
public sealed record EpubCoverFonts(string Regular, string Bold)
{
    /// <summary>
    /// The style's fallback families in order (<c>font-fallback</c>), each as its regular and bold file (the regular
    /// again where the family has no bold): a run of characters the body faces lack is set in the first that has them,
    /// so a Hebrew, Arabic, Armenian or Georgian title is not drawn as .notdef boxes.
    /// </summary>
    public IReadOnlyList<EpubCoverFonts> Fallbacks { get; init; } = [];
}
