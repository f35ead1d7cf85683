using System.Globalization;
using System.Xml.Linq;

namespace Publish.Engine.Tests.TextLayer;

/// <summary>
/// The text layer as MuPDF reads it: <c>mutool draw -F stext</c>, the structured text its <c>-F txt</c> output is
/// printed from, which also gives each character's quad (to sort it into the running text, notes or artifacts).
/// Lines are MuPDF's own.
/// </summary>
internal static class MuPdfReading
{
    public const string Name = "mutool stext";

    public static ExtractedText Read(string pdf, TaggedLetters tagged)
    {
        var xml = XDocument.Parse(TextTool.Run("mutool", "draw", "-q", "-F", "stext", "-o", "-", pdf));
        var lines = new ExtractedLines();
        var page = 0;
        foreach (var pageElement in xml.Descendants("page"))
        {
            page++;
            foreach (var line in pageElement.Descendants("line"))
            {
                foreach (var character in line.Descendants("char"))
                {
                    var text = (string?)character.Attribute("c") ?? string.Empty;
                    var quad = ((string?)character.Attribute("quad") ?? string.Empty)
                        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                        .Select(n => double.Parse(n, CultureInfo.InvariantCulture))
                        .ToArray();
                    var region = quad.Length == 8 ? tagged.RegionAt(page, (quad[0] + quad[6]) / 2, (quad[1] + quad[7]) / 2) : TextRegion.Flow;
                    lines.Add(text, region);
                }

                lines.EndLine();
            }
        }

        return lines.Text(Name);
    }
}
