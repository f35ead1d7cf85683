using System.Text;
using UglyToad.PdfPig;

namespace Publish.Engine.Tests.Corpora;

/// <summary>
/// A PDF's text with code left out: PdfPig's words, each keeping only its letters set in a font that is not the code
/// face (a monospaced font, whose name says <c>Mono</c> — the house styles set code in DejaVu Sans Mono), one word per
/// line. What a manuscript's code samples show on purpose (<c>:::</c>, <c>{.class}</c>) is then not counted as
/// syntax printed by mistake.
/// </summary>
internal static class PdfProseText
{
    public static string Read(string pdfPath)
    {
        var text = new StringBuilder();
        using var pdf = PdfDocument.Open(pdfPath);
        foreach (var page in pdf.GetPages())
        {
            foreach (var word in page.GetWords())
            {
                var prose = string.Concat(word.Letters.Where(l => !IsCodeFont(l.FontName)).Select(l => l.Value));
                if (prose.Length > 0)
                {
                    text.Append(prose).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    private static bool IsCodeFont(string? fontName) => fontName is not null && fontName.Contains("Mono", StringComparison.OrdinalIgnoreCase);
}
