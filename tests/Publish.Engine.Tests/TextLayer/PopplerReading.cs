using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Publish.Engine.Tests.TextLayer;

/// <summary>
/// The text layer as Poppler reads it: <c>pdftotext -raw</c> (content-stream order; plain <c>pdftotext</c> would
/// join a line ending in a hyphen, which would hide exactly what is tested). Its tokens and line ends are taken
/// from the <c>-raw</c> text itself; where each token lies on the page, to sort it into the running text, the
/// notes or the artifacts, from the same reading's word boxes (<c>-raw -bbox</c>), matched character by character.
/// </summary>
internal static partial class PopplerReading
{
    public const string Name = "pdftotext -raw";

    public static ExtractedText Read(string pdf, TaggedLetters tagged)
    {
        var rawPages = TextTool.Run("pdftotext", "-raw", "-enc", "UTF-8", pdf, "-").Split('\f');
        var boxPages = PageElement().Matches(TextTool.Run("pdftotext", "-raw", "-bbox", "-enc", "UTF-8", pdf, "-"))
            .Select(page => WordElement().Matches(page.Value).Select(Box).ToList())
            .ToList();
        var lines = new ExtractedLines();
        for (var page = 1; page <= boxPages.Count; page++)
        {
            // Every non-space character of the -bbox words, with the box of the word it is in.
            var boxes = boxPages[page - 1];
            var characters = boxes.SelectMany(b => b.Text.Where(c => !char.IsWhiteSpace(c)).Select(c => (Char: c, Box: b))).ToList();
            var next = 0;
            foreach (var line in (page <= rawPages.Length ? rawPages[page - 1] : string.Empty).Split('\n'))
            {
                for (var at = 0; at < line.Length;)
                {
                    var end = at;
                    var space = char.IsWhiteSpace(line[at]);
                    while (end < line.Length && char.IsWhiteSpace(line[end]) == space)
                    {
                        end++;
                    }

                    var token = line[at..end];
                    at = end;
                    if (space)
                    {
                        // Whitespace only shows in the line as read (code's indentation); it is in no token.
                        lines.Add(token, TextRegion.Flow);
                        continue;
                    }

                    if (next + token.Length > characters.Count || !token.SequenceEqual(characters.Skip(next).Take(token.Length).Select(c => c.Char)))
                    {
                        throw new InvalidOperationException($"pdftotext -raw and -raw -bbox disagree on page {page} at '{token}'.");
                    }

                    var box = characters[next].Box;
                    lines.Add(token, tagged.RegionAt(page, box.XMin + 0.5, (box.YMin + box.YMax) / 2));
                    lines.EndToken();
                    next += token.Length;
                }

                lines.EndLine();
            }
        }

        return lines.Text(Name);
    }

    private static (string Text, double XMin, double YMin, double YMax) Box(Match word) => (
        WebUtility.HtmlDecode(word.Groups["text"].Value),
        double.Parse(word.Groups["xmin"].Value, CultureInfo.InvariantCulture),
        double.Parse(word.Groups["ymin"].Value, CultureInfo.InvariantCulture),
        double.Parse(word.Groups["ymax"].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex("<page .*?</page>", RegexOptions.Singleline)]
    private static partial Regex PageElement();

    [GeneratedRegex("<word xMin=\"(?<xmin>[^\"]+)\" yMin=\"(?<ymin>[^\"]+)\" xMax=\"[^\"]+\" yMax=\"(?<ymax>[^\"]+)\">(?<text>.*?)</word>", RegexOptions.Singleline)]
    private static partial Regex WordElement();
}
