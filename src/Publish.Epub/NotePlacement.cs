namespace Publish.Epub;

/// <summary>Where a note's text is set in the EPUB. Either way it stays in the XHTML file of its marker, which Apple Books and Kobo need for pop-ups.</summary>
public enum NotePlacement
{
    /// <summary>All notes referenced in a content document, in a footnotes section at its end.</summary>
    SectionEnd,

    /// <summary>Each note right after the top-level block that first references it.</summary>
    AfterParagraph,
}
