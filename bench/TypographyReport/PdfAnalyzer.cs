using UglyToad.PdfPig;
using UglyToad.PdfPig.Graphics.Operations.TextState;

namespace TypographyReport;

/// <summary>Reads a PDF's lines, measures its body text, classifies and segments it, and counts the figures.</summary>
internal static class PdfAnalyzer
{
    public static Analysis Analyze(string path)
    {
        using var document = PdfDocument.Open(path);
        return Analyze(document);
    }

    public static Analysis Analyze(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return Analyze(document);
    }

    /// <summary>
    /// The narrowest horizontal scaling (Tz) the PDF draws letters at, and how many runs are set at it: where a PDF
    /// narrows its letters to fit a line (font expansion), these are the lines that took all the letters' shrink,
    /// the densest ones. Null when no run is narrowed.
    /// </summary>
    private static (double Scale, int Runs)? NarrowedRuns(List<double> scales)
    {
        var narrowed = scales.Where(s => s < 99.95).ToList();
        if (narrowed.Count == 0) return null;
        var narrowest = narrowed.Min();
        return (narrowest, narrowed.Count(s => s <= narrowest + 0.01));
    }

    private static Analysis Analyze(PdfDocument document)
    {
        var lines = new List<TextLine>();
        var scales = new List<double>();
        foreach (var page in document.GetPages())
        {
            lines.AddRange(LineExtractor.Extract(page));
            scales.AddRange(page.Operations.OfType<SetHorizontalScaling>().Select(op => op.Scale));
        }

        var profile = DocumentProfile.Measure(lines);
        LineClassifier.Classify(lines, profile, document.NumberOfPages);
        var paragraphs = ParagraphSegmenter.Segment(lines, profile);
        var figures = FigureCalculator.Compute(lines, paragraphs, profile, document.NumberOfPages);
        return new Analysis(lines, profile, paragraphs, figures with { NarrowedRuns = NarrowedRuns(scales) });
    }
}
