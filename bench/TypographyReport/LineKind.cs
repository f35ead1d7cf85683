namespace TypographyReport;

/// <summary>What a line of a page is, judged from its size, face and position only.</summary>
internal enum LineKind
{
    /// <summary>Body size, not bold, not centred: running text.</summary>
    Body,
    /// <summary>Larger than the body, or bold throughout: a title or heading.</summary>
    Heading,
    /// <summary>Body size but centred with both margins wide (an author line, a display line).</summary>
    Display,
    /// <summary>Smaller than the body and not repeated: notes, captions, bibliography, code.</summary>
    Small,
    /// <summary>Repeated at the same height on most pages: running footer or header.</summary>
    Furniture,
}
