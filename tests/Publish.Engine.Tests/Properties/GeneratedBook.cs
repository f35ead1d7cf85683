using System.Globalization;
using System.Text;

namespace Publish.Engine.Tests.Properties;

/// <summary>
/// A generated manuscript, renderable in both dialects: a title and an author, body blocks (paragraphs, level-2
/// headings, bullet lists, block quotes) whose words may carry emphasis, strong emphasis or a link and may be
/// followed by a note reference, and the notes (one or more paragraphs each). Invariant: every label referenced
/// is defined exactly once and every defined note is referenced (the generator only defines the labels used).
/// </summary>
internal sealed record GeneratedBook(string[] Title, string[] Author, string Language, GeneratedBlock[] Blocks, string[][][] Notes)
{
    /// <summary>Labels (1-based indexes into <see cref="Notes"/>) in order of first reference.</summary>
    public List<int> ReferenceOrder() =>
        Blocks.SelectMany(b => b.Paragraphs).SelectMany(p => p).Where(t => t.Note > 0).Select(t => t.Note).Distinct().ToList();

    /// <summary>How many times <paramref name="label"/> is referenced.</summary>
    public int References(int label) => Blocks.SelectMany(b => b.Paragraphs).SelectMany(p => p).Count(t => t.Note == label);

    /// <summary>CommonMark with YAML front matter, <c>[^n]</c> references and indented continuation paragraphs in notes.</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append("---\ntitle: ").AppendJoin(' ', Title).Append("\nauthor: ").AppendJoin(' ', Author).Append("\nlang: ").Append(Language).Append("\n---\n\n");
        foreach (var block in Blocks)
        {
            switch (block.Kind)
            {
                case GeneratedBlockKind.Heading:
                    text.Append("## ").Append(MarkdownInline(block.Paragraphs[0])).Append("\n\n");
                    break;
                case GeneratedBlockKind.BulletList:
                    foreach (var item in block.Paragraphs)
                    {
                        text.Append("- ").Append(MarkdownInline(item)).Append('\n');
                    }

                    text.Append('\n');
                    break;
                case GeneratedBlockKind.OrderedList:
                    for (var i = 0; i < block.Paragraphs.Length; i++)
                    {
                        text.Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(". ").Append(MarkdownInline(block.Paragraphs[i])).Append('\n');
                    }

                    text.Append('\n');
                    break;
                case GeneratedBlockKind.Quote:
                    text.AppendJoin("\n>\n", block.Paragraphs.Select(p => "> " + MarkdownInline(p))).Append("\n\n");
                    break;
                default:
                    text.Append(MarkdownInline(block.Paragraphs[0])).Append("\n\n");
                    break;
            }
        }

        foreach (var label in ReferenceOrder().Order())
        {
            var paragraphs = Notes[label - 1];
            text.Append("[^").Append(label.ToString(CultureInfo.InvariantCulture)).Append("]: ").AppendJoin(' ', paragraphs[0]).Append("\n\n");
            foreach (var more in paragraphs.Skip(1))
            {
                text.Append("    ").AppendJoin(' ', more).Append("\n\n");
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The archive's plain-text export: a leading blank line, the title, the author, the title again; paragraphs
    /// as sentences (capitalised, ending with a full stop) with references written in the archive's three ways;
    /// the notes under "Notes" as <c>[n] text</c>. The export has no markup, so headings, lists and quotes come out
    /// as paragraphs, emphasis, code and links as their words, a hard line break as a space; a note's paragraphs
    /// are joined into one.
    /// </summary>
    public string ToLegacy()
    {
        var text = new StringBuilder("\n");
        text.AppendJoin(' ', Title).Append("\n\n").AppendJoin(' ', Author).Append("\n\n").AppendJoin(' ', Title).Append("\n\n");
        foreach (var paragraph in Blocks.SelectMany(b => b.Paragraphs))
        {
            var words = paragraph.Select((t, i) =>
            {
                var word = i == 0 ? Capitalised(t.Word) : t.Word;
                word = (t.Quoted ? $"\"{word}\"" : word) + (t.Trail == "\n" ? string.Empty : t.Trail);
                var stop = i == paragraph.Length - 1 ? "." : string.Empty;
                var reference = (t.Note % 3) switch
                {
                    0 when t.Note > 0 => $"[\\[{t.Note}\\]](#)",
                    1 => $"^[{t.Note}]",
                    2 => $"[{t.Note}]",
                    _ => string.Empty,
                };
                return word + stop + reference;
            });
            text.AppendJoin(' ', words).Append("\n\n");
        }

        var used = ReferenceOrder().Order().ToList();
        if (used.Count > 0)
        {
            text.Append("Notes\n\n");
            foreach (var label in used)
            {
                var words = Notes[label - 1].SelectMany(p => p).ToArray();
                text.Append('[').Append(label.ToString(CultureInfo.InvariantCulture)).Append("] ").Append(Capitalised(words[0]));
                foreach (var word in words.Skip(1))
                {
                    text.Append(' ').Append(word);
                }

                text.Append(".\n\n");
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The words the generator put in the title block, title then authors (<see cref="WordList"/>'s words), as
    /// both dialects write them: the test's oracle for the print edition's title block.
    /// </summary>
    public List<string> TitleBlockWords() => WordList.Of(string.Join(' ', [.. Title, .. Author]));

    /// <summary>
    /// The words the generator put in the body, in reading order, as a reader must keep them: each token's word
    /// and what trails it (a possessive "'s" gives the word "s"), after the known transformations, which leave
    /// words alone (straight quotes become curly, "--" a dash, "..." an ellipsis: none of them is a word) except
    /// one: the legacy export capitalises each paragraph's first word (<see cref="ToLegacy"/>). Markup, list
    /// numbers and note references are not words. Taken from the generator, not from the reader, so a reader
    /// that drops or alters a paragraph fails the property.
    /// </summary>
    public List<string> BodyWords(bool legacy) =>
        [.. Blocks.SelectMany(b => b.Paragraphs).SelectMany(p => p.SelectMany((t, i) =>
            WordList.Of((legacy && i == 0 ? Capitalised(t.Word) : t.Word) + (t.Trail == "\n" ? string.Empty : t.Trail))))];

    /// <summary>
    /// The generator's notes as the editions must show them: numbered 1, 2, … in order of first reference, each
    /// with the words of its paragraphs (the legacy export capitalises a note's first word).
    /// </summary>
    public List<(int Number, List<string> Words)> NoteWords(bool legacy) =>
        [.. ReferenceOrder().Select((label, i) =>
        {
            var words = Notes[label - 1].SelectMany(p => p).ToArray();
            return (i + 1, WordList.Of(string.Join(' ', words.Select((w, j) => legacy && j == 0 ? Capitalised(w) : w))));
        })];

    /// <summary>The number each note reference must show, in reading order: the note's place in order of first reference.</summary>
    public List<int> MarkerNumbers()
    {
        var order = ReferenceOrder();
        return [.. Blocks.SelectMany(b => b.Paragraphs).SelectMany(p => p).Where(t => t.Note > 0).Select(t => order.IndexOf(t.Note) + 1)];
    }

    public override string ToString() => ToMarkdown();

    /// <summary>A paragraph's Markdown; a token whose trail is a line feed ends its line with a hard break (backslash).</summary>
    private static string MarkdownInline(GeneratedToken[] tokens) =>
        string.Join(' ', tokens.Select(t =>
        {
            var word = t.Style switch
            {
                GeneratedStyle.Emphasis => $"*{t.Word}*",
                GeneratedStyle.Strong => $"**{t.Word}**",
                GeneratedStyle.Link => $"[{t.Word}](https://example.org/{Uri.EscapeDataString(t.Word)})",
                GeneratedStyle.Code => $"`{t.Word}`",
                _ => t.Word,
            };
            word = (t.Quoted ? $"\"{word}\"" : word) + (t.Trail == "\n" ? string.Empty : t.Trail);
            word = t.Note > 0 ? $"{word}[^{t.Note}]" : word;
            return t.Trail == "\n" ? word + "\\\n" : word;
        }));

    /// <summary>Upper-cases the first letter by the invariant culture (a sentence start; the test never relies on the case of a word matching the generator's).</summary>
    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
