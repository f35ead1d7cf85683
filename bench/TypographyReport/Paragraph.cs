namespace TypographyReport;

/// <summary>A paragraph of body text as the page shows it: its lines in reading order, across pages.</summary>
internal sealed record Paragraph(IReadOnlyList<TextLine> Lines)
{
    public TextLine First => Lines[0];

    public TextLine Last => Lines[^1];
}
