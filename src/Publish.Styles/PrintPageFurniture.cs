namespace Publish.Styles;

/// <summary>
/// The print page's fixed distances the house style does not set: the print layout places footer and note
/// separator with them, and the style loader's fit check (PUB2027) must allow for the very same values, or it
/// passes a style whose page the layout cannot fill.
/// </summary>
public static class PrintPageFurniture
{
    /// <summary>Space between the text area (notes included) and the footer rule.</summary>
    public const double FooterGap = 10;

    /// <summary>Nothing is set closer than this to the trim edge.</summary>
    public const double MinimumEdge = 14;

    /// <summary>The space between the last text line and the note separator rule, in body lines.</summary>
    public const double NoteGapAboveInBodyLines = 0.5;

    public const double NoteRuleThickness = 0.5;

    /// <summary>The space between the note separator rule and the first note.</summary>
    public const double NoteGapBelow = 3;
}
