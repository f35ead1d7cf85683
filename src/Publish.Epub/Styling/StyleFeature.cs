namespace Publish.Epub.Styling;

/// <summary>A construct whose rules the stylesheet carries only when the book has one (so a book without tables keeps the stylesheet it had).</summary>
internal enum StyleFeature
{
    Tables,
    DefinitionLists,
    Callouts,
    Epigraphs,
    SmallCaps,
    Math,
    TaskLists,

    /// <summary>Runs of capitals in display lines, letterspaced as in print.</summary>
    LetterSpacedCapitals,

    /// <summary>A book's own pages (issue 20): article openings, the contents page, part titles, the editors.</summary>
    Books,
}
