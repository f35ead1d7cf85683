namespace TypographyReport;

/// <summary>Everything read from one PDF: its lines in reading order, the measured profile, paragraphs and figures.</summary>
internal sealed record Analysis(IReadOnlyList<TextLine> Lines, DocumentProfile Profile, IReadOnlyList<Paragraph> Paragraphs, TypographyFigures Figures);
