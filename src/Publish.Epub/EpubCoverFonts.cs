namespace Publish.Epub;

/// <summary>
/// The font files the drawn cover sets its text in, as the house style declares them (the body family's regular and
/// bold faces): the title in bold, everything else in regular. The writer never looks for fonts by file name.
/// </summary>
public sealed record EpubCoverFonts(string Regular, string Bold);
