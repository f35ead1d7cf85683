using Publish.Manuscript.Input;

namespace Publish.Manuscript.Legacy;

/// <summary>
/// Splits a legacy export into paragraphs. The export writes one paragraph per line with blank lines
/// between; a paragraph wrapped over several lines is joined with spaces (lines are never hard breaks there).
/// </summary>
internal static class LegacyParagraphSplitter
{
    public static List<LegacyParagraph> Split(ManuscriptText source)
    {
        var paragraphs = new List<LegacyParagraph>();
        var current = new List<MappedText>();
        var text = source.Text;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var line = MappedText.FromSource(text[lineStart..lineEnd], lineStart).Trim();
            if (line.Text.Length == 0)
            {
                Flush(source, paragraphs, current);
            }
            else
            {
                current.Add(line);
            }

            lineStart = lineEnd + 1;
        }

        Flush(source, paragraphs, current);
        return paragraphs;
    }

    private static void Flush(ManuscriptText source, List<LegacyParagraph> paragraphs, List<MappedText> lines)
    {
        if (lines.Count > 0)
        {
            var paragraph = MappedText.Join(" ", lines);
            paragraphs.Add(new LegacyParagraph(paragraph, paragraph.SpanAt(source, 0)));
            lines.Clear();
        }
    }
}
