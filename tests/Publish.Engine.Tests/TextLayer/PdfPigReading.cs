namespace Publish.Engine.Tests.TextLayer;

/// <summary>
/// The text layer as PdfPig reads it: each letter's Unicode value (from the font's ToUnicode map) in content-stream
/// order. Words are separated only by the whitespace the PDF itself shows (space glyphs), never by guessing from
/// gaps, so a missing space glyph shows as two words run together; a line ends where the baseline moves by more
/// than 0.6 of the font size (a raised note marker stays on its line).
/// </summary>
internal static class PdfPigReading
{
    public const string Name = "PdfPig";

    public static ExtractedText Read(TaggedLetters tagged)
    {
        var lines = new ExtractedLines();
        for (var page = 1; page <= tagged.PageCount; page++)
        {
            UglyToad.PdfPig.Content.Letter? previous = null;
            foreach (var (letter, region) in tagged.Page(page))
            {
                if (previous is not null && Math.Abs(letter.StartBaseLine.Y - previous.StartBaseLine.Y) > 0.6 * Math.Max(letter.PointSize, previous.PointSize))
                {
                    lines.EndLine();
                }

                lines.Add(letter.Value, region);
                previous = letter;
            }

            lines.EndLine();
        }

        return lines.Text(Name);
    }
}
