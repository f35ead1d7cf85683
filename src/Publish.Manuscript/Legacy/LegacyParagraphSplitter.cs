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
        MappedText? current = null;
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
                Flush(source, paragraphs, ref current);
            }
            else
            {
                current = current is null ? line : current.Append(" ", line);
            }

            lineStart = lineEnd + 1;
        }

        Flush(source, paragraphs, ref current);
        return paragraphs;
    }

    private static void Flush(ManuscriptText source, List<LegacyParagraph> paragraphs, ref MappedText? current)
    {
        if (current is not null)
        {
            paragraphs.Add(new LegacyParagraph(current, current.SpanAt(source, 0)));
            current = null;
        }
    }
}
