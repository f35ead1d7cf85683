using System.Text;

namespace Publish.Manuscript.Tests.Hostile;

/// <summary>
/// A generated manuscript: paragraphs of lower-case words, some followed by a note marker (label 1..4), and the
/// words of each note. Rendered in either dialect with every used note defined exactly once.
/// </summary>
internal sealed record GeneratedManuscript((string Word, int Note)[][] Paragraphs, string[][] NoteWords)
{
    public List<int> ReferenceOrder() =>
        Paragraphs.SelectMany(p => p).Where(t => t.Note > 0).Select(t => t.Note).Distinct().ToList();

    public int References(int label) => Paragraphs.SelectMany(p => p).Count(t => t.Note == label);

    public string[] BodyWords() => [.. Paragraphs.SelectMany(p => p).Select(t => t.Word)];

    public string ToMarkdown()
    {
        var text = new StringBuilder("---\ntitle: Generated\n---\n\n");
        foreach (var paragraph in Paragraphs)
        {
            text.AppendJoin(' ', paragraph.Select(t => t.Note > 0 ? $"{t.Word}[^{t.Note}]" : t.Word)).Append("\n\n");
        }

        foreach (var label in ReferenceOrder().Order())
        {
            text.Append("[^").Append(label).Append("]: ").AppendJoin(' ', NoteWords[label - 1]).Append("\n\n");
        }

        return text.ToString();
    }

    /// <summary>The archive's export: blank line, title, author, title again; sentences capitalised and ended with a full stop; notes under "Notes".</summary>
    public string ToLegacy()
    {
        var text = new StringBuilder("\nGenerated Title\n\nAn Author\n\nGenerated Title\n\n");
        foreach (var paragraph in Paragraphs)
        {
            var words = paragraph.Select((t, i) =>
            {
                var word = i == 0 ? char.ToUpperInvariant(t.Word[0]) + t.Word[1..] : t.Word;
                var stop = i == paragraph.Length - 1 ? "." : string.Empty;
                return t.Note > 0 ? $"{word}{stop}[{t.Note}]" : word + stop;
            });
            text.AppendJoin(' ', words).Append("\n\n");
        }

        var used = ReferenceOrder().Order().ToList();
        if (used.Count > 0)
        {
            text.Append("Notes\n\n");
            foreach (var label in used)
            {
                text.Append('[').Append(label).Append("] ").Append(char.ToUpperInvariant(NoteWords[label - 1][0][0]))
                    .Append(string.Join(' ', NoteWords[label - 1])[1..]).Append(".\n\n");
            }
        }

        return text.ToString();
    }
}
