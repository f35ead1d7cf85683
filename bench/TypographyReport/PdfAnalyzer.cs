using UglyToad.PdfPig;

namespace TypographyReport;

/// <summary>Reads a PDF's lines, measures its body text, classifies and segments it, and counts the figures.</summary>
internal static class PdfAnalyzer
{
    public static Analysis Analyze(string path)
    {
        using var document = PdfDocument.Open(path);
        var lines = new List<TextLine>();
        foreach (var page in document.GetPages())
            lines.AddRange(LineExtractor.Extract(page));
        var profile = DocumentProfile.Measure(lines);
        LineClassifier.Classify(lines, profile);
        var paragraphs = ParagraphSegmenter.Segment(lines, profile);
        return new Analysis(lines, profile, paragraphs, FigureCalculator.Compute(lines, paragraphs, profile, document.NumberOfPages));
    }
}
