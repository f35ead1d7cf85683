namespace Publish.Engine.Editions;

/// <summary>What an edition writer declares it does with the print layout, so the engine knows when to make it.</summary>
public enum PrintLayoutUse
{
    /// <summary>The edition never looks at it.</summary>
    None,

    /// <summary>
    /// The edition takes it when another edition of the same run has it made, and does without otherwise (the EPUB
    /// takes the print page map for its page list; setting 400 pages only for that would cost seconds).
    /// </summary>
    WhenMade,

    /// <summary>The edition cannot be written without it (the PDF draws it): requesting this edition makes the layout.</summary>
    Required,
}
