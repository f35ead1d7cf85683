namespace TypographyReport;

/// <summary>
/// A paragraph of body text as the page shows it: its lines in reading order, across pages, and whether it follows a
/// heading or display line (or opens the text), where typography sets the first line flush left.
/// </summary>
internal sealed record Paragraph(IReadOnlyList<TextLine> Lines, bool AfterHeading)
{
    public TextLine First => Lines[0];

    public TextLine Last => Lines[^1];
}
