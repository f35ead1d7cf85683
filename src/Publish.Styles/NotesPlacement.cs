namespace Publish.Styles;

/// <summary>Where the EPUB puts note texts.</summary>
public enum NotesPlacement
{
    /// <summary>All notes of a section in a notes section at its end (pop-up footnotes in most readers).</summary>
    SectionEnd,

    /// <summary>Each note right after the paragraph that refers to it.</summary>
    AfterParagraph,
}
