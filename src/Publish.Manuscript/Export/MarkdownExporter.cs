using System.Globalization;
using System.Text;
using Publish.Model;

namespace Publish.Manuscript.Export;

/// <summary>
/// Writes a document as clean Markdown in the reader's dialect (<c>publish import</c>): YAML front matter with
/// every metadata field set (citation, about-author and abstract as Markdown text, the institution as a list of
/// <c>{kind, text, url}</c>), the body, the bibliography under <c># Bibliography</c>, then the note definitions
/// <c>[^n]:</c> (n = the note's number, later paragraphs indented four spaces). Reading the output back with
/// <see cref="Markdown.MarkdownReader"/> gives an equal <see cref="StructuralDump"/> (image paths compared after
/// resolution). The output is deterministic: same document and folder, same text.
/// </summary>
public sealed class MarkdownExporter
{
    private readonly string _outputFolder;

    /// <param name="outputFolder">The folder the Markdown file will be written to: image paths are made relative to it.</param>
    public MarkdownExporter(string outputFolder) => _outputFolder = Path.GetFullPath(outputFolder);

    /// <summary>
    /// The body's lines, with the <c>::: {#refs}</c> div back where the manuscript placed its bibliography (the
    /// citation resolver took the div out and kept its place as <see cref="Document.BibliographyIndex"/>): without it
    /// the imported manuscript would set the bibliography at the end.
    /// </summary>
    private static List<string> BodyLines(Document document, MarkdownBlockWriter blocks)
    {
        if (document.BibliographyIndex is not { } index || index < 0 || index > document.Body.Length)
        {
            return blocks.Lines(document.Body);
        }

        var lines = blocks.Lines(document.Body.Take(index));
        if (lines.Count > 0)
        {
            lines.Add(string.Empty);
        }

        lines.Add("::: {#refs}");
        lines.Add(":::");
        var after = blocks.Lines(document.Body.Skip(index));
        if (after.Count > 0)
        {
            lines.Add(string.Empty);
            lines.AddRange(after);
        }

        return lines;
    }

    public string Export(Document document)
    {
        var blocks = new MarkdownBlockWriter(_outputFolder);
        var output = new StringBuilder();
        WriteFrontMatter(output, document, blocks);

        var body = BodyLines(document, blocks);
        if (body.Count > 0)
        {
            output.Append('\n');
            AppendLines(output, body);
        }

        // Entries the CSL processor rendered are rendered again from the references the front matter keeps.
        if (document.Bibliography.Any(entry => !entry.Rendered))
        {
            output.Append("\n# Bibliography\n");
            foreach (var entry in document.Bibliography.Where(entry => !entry.Rendered))
            {
                output.Append('\n');
                AppendLines(output, MarkdownBlockWriter.ParagraphLines(entry.Content));
            }
        }

        // A citation's note is written as the citation, where its mark is (MarkdownInlineWriter).
        foreach (var note in document.Notes.Where(note => !note.FromCitation))
        {
            output.Append('\n');
            var label = "[^" + note.Number.ToString(CultureInfo.InvariantCulture) + "]:";
            var lines = blocks.Lines(note.Content);
            output.Append(label);
            if (lines.Count > 0)
            {
                output.Append(' ').Append(lines[0]);
            }

            output.Append('\n');
            foreach (var line in lines.Skip(1))
            {
                output.Append(line.Length == 0 ? string.Empty : "    " + line).Append('\n');
            }
        }

        return output.ToString();
    }

    private static void WriteFrontMatter(StringBuilder output, Document document, MarkdownBlockWriter blocks)
    {
        var m = document.Metadata;
        output.Append("---\n");
        Field(output, "title", m.Title);
        Field(output, "short-title", m.ShortTitle);
        Field(output, "subtitle", m.Subtitle);
        if (!m.Authors.IsEmpty)
        {
            output.Append("author:\n");
            foreach (var author in m.Authors)
            {
                output.Append("  - ").Append(YamlScalar.Quote(author)).Append('\n');
            }
        }

        Field(output, "lang", m.Language);
        Field(output, "date", m.Date);
        Field(output, "publisher", m.Publisher);
        Field(output, "series", m.Series);
        Field(output, "number", m.Number);
        Field(output, "identifier", m.Identifier);
        Field(output, "source", m.Source);
        if (!document.Citation.IsEmpty)
        {
            Field(output, "citation", string.Join("\n", MarkdownBlockWriter.ParagraphLines(document.Citation)));
        }

        if (!document.AboutAuthor.IsEmpty)
        {
            Field(output, "about-author", string.Join("\n", blocks.Lines(document.AboutAuthor)));
        }

        if (!document.FrontMatter.IsEmpty)
        {
            Field(output, "abstract", string.Join("\n", blocks.Lines(document.FrontMatter)));
        }

        if (document.Institution is { Lines.IsEmpty: false } institution)
        {
            output.Append("institution:\n");
            foreach (var line in institution.Lines)
            {
                output.Append("  - kind: ").Append(line.Kind.ToString().ToLowerInvariant()).Append('\n');
                output.Append("    text: ").Append(YamlScalar.Quote(line.Text)).Append('\n');
                if (line.Url is not null)
                {
                    output.Append("    url: ").Append(YamlScalar.Quote(line.Url)).Append('\n');
                }
            }
        }

        output.Append(document.CitationKeys);
        output.Append("---\n");
    }

    private static void Field(StringBuilder output, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            output.Append(key).Append(": ").Append(YamlScalar.Quote(value)).Append('\n');
        }
    }

    private static void AppendLines(StringBuilder output, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            output.Append(line).Append('\n');
        }
    }
}
