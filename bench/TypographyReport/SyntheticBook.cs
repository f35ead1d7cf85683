using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace TypographyReport;

/// <summary>
/// Writes a small PDF whose typography is known line by line (Times 10 pt on 12 pt, a 468 pt measure from x = 72,
/// words placed one by one as Typst does, short lines drawn with space glyphs as other tools do) and records the gap
/// every justified line was given, so the self-check can compare the report's reading with what was drawn.
/// </summary>
internal sealed class SyntheticBook : IDisposable
{
    public const double Size = 10;
    public const double Leading = 12;
    public const double Left = 72;
    public const double Right = 540;

    private static readonly string[] Vocabulary =
        ["archive", "treaty", "of", "harbour", "council", "record", "in", "survey", "the", "witness", "province",
         "memorandum", "and", "railway", "delegation", "a", "census", "border", "with", "market"];

    private readonly PdfDocumentBuilder builder = new();
    private readonly PdfDocumentBuilder.AddedFont roman;
    private readonly PdfDocumentBuilder.AddedFont bold;
    private readonly PdfDocumentBuilder.AddedFont italic;
    private PdfPageBuilder? page;
    private int nextWord;

    public SyntheticBook()
    {
        roman = builder.AddStandard14Font(Standard14Font.TimesRoman);
        bold = builder.AddStandard14Font(Standard14Font.TimesBold);
        italic = builder.AddStandard14Font(Standard14Font.TimesItalic);
    }

    /// <summary>The word gap (pt) each justified inner line was set with, before any extra gap.</summary>
    public List<double> JustifiedGaps { get; } = [];

    public void NewPage(string footer)
    {
        page = builder.AddPage(612, 300);
        var width = Width(footer, 8, roman);
        page.AddText(footer, 8, new PdfPoint((Left + Right - width) / 2, 30), roman);
    }

    public void Heading(string text, double y) => page!.AddText(text, 14, new PdfPoint(Left, y), bold);

    public double HeadingWidth(string text) => Width(text, 14, bold);

    public void Centred(string text, double y) =>
        page!.AddText(text, Size, new PdfPoint((Left + Right - Width(text, Size, italic)) / 2, y), italic);

    public void Small(string text, double y) => page!.AddText(text, 8, new PdfPoint(Left, y), roman);

    public double SmallWidth(string text) => Width(text, 8, roman);

    /// <summary>A short line drawn as one string, spaces included.</summary>
    public void Ragged(string text, double y, double indent = 0) => page!.AddText(text, Size, new PdfPoint(Left + indent, y), roman);

    /// <summary>
    /// A line justified to the measure: words from the vocabulary, placed one by one with equal gaps; optionally the
    /// last word ends in a hyphen, one gap is wider by <paramref name="extra"/> (a sentence space), or a raised note
    /// marker follows the second word. A flush line that ends its paragraph is not <paramref name="inner"/>.
    /// <paramref name="first"/> and <paramref name="last"/> replace the line's first and last word (a compound broken
    /// at its own hyphen: "well-" at one line's end, "known" opening the next).
    /// </summary>
    public void Justified(double y, double indent = 0, bool hyphen = false, double extra = 0, bool marker = false, bool inner = true,
        string? first = null, string? last = null)
    {
        var words = new List<string>();
        var natural = 0.0;
        if (first is not null)
        {
            words.Add(first);
            natural += Width(first, Size, roman);
        }
        while (true)
        {
            var word = Vocabulary[nextWord % Vocabulary.Length];
            var added = Width(word, Size, roman) + (words.Count > 0 ? 2.5 : 0);
            if (indent + natural + added + extra + (hyphen ? Width("-", Size, roman) : 0) + (marker ? Width("1", 6, roman) : 0) > Right - Left)
                break;
            words.Add(word);
            natural += added;
            nextWord++;
        }
        if (last is not null) words[^1] = last;
        if (hyphen) words[^1] += "-";
        var widths = words.Select(w => Width(w, Size, roman)).ToList();
        var markerWidth = marker ? Width("1", 6, roman) : 0;
        var gap = (Right - Left - indent - widths.Sum() - markerWidth - extra) / (words.Count - 1);
        if (inner) JustifiedGaps.Add(gap);
        var x = Left + indent;
        for (var i = 0; i < words.Count; i++)
        {
            page!.AddText(words[i], Size, new PdfPoint(x, y), roman);
            x += widths[i];
            if (marker && i == 1)
            {
                page.AddText("1", 6, new PdfPoint(x, y + 3.5), roman);
                x += markerWidth;
            }
            x += gap + (i == 2 ? extra : 0);
        }
    }

    public byte[] Build() => builder.Build();

    public void Dispose() => builder.Dispose();

    private double Width(string text, double size, PdfDocumentBuilder.AddedFont font)
    {
        var letters = page!.MeasureText(text, size, new PdfPoint(0, 0), font);
        return letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }
}
