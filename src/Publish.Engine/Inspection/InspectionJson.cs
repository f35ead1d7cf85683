using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Publish.Manuscript;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;

namespace Publish.Engine.Inspection;

/// <summary>
/// The <c>publish inspect --json</c> document: what the reader understood, in a stable shape scripts rely on
/// (issue 2 fixes the field names). Body text leaves out figure captions (listed under figures) and note
/// markers, so it reads as prose. Issue 17 appends <c>tables</c>, <c>definitionLists</c>, <c>divs</c> and
/// <c>crossReferences</c> (found anywhere, notes and nested blocks included; see <see cref="InspectedStructures"/>);
/// issue 22 <c>references</c> and <c>citations</c>.
/// </summary>
internal static class InspectionJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,

        // Keep Turkish letters and typographic quotes readable; the output is UTF-8, not embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(string source, ReadResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("source", source);
            json.WriteString("dialect", result.Dialect == ManuscriptDialect.Markdown ? "markdown" : "legacy");
            if (result.Document is { } document)
            {
                WriteDocument(json, document);
            }

            WriteDiagnostics(json, result.Diagnostics);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteDocument(Utf8JsonWriter json, Document document)
    {
        var m = document.Metadata;
        json.WriteStartObject("metadata");
        json.WriteString("title", m.Title);
        json.WriteString("subtitle", m.Subtitle);
        json.WriteStartArray("authors");
        foreach (var author in m.Authors)
        {
            json.WriteStringValue(author);
        }

        json.WriteEndArray();
        json.WriteString("language", m.Language);
        json.WriteString("publisher", m.Publisher);
        json.WriteString("series", m.Series);
        json.WriteString("number", m.Number);
        json.WriteString("date", m.Date);
        json.WriteString("identifier", m.Identifier);
        json.WriteString("source", m.Source);
        json.WriteEndObject();

        json.WriteNumber("paragraphs", document.Body.OfType<ParagraphBlock>().Count());
        json.WriteString("bodyText", PlainText.Of(document.Body.Where(b => b is not FigureBlock), withNoteMarkers: false));

        json.WriteStartArray("figures");
        foreach (var figure in document.Body.OfType<FigureBlock>())
        {
            json.WriteStartObject();
            json.WriteString("caption", PlainText.Of(figure.Caption, withNoteMarkers: false));
            json.WriteString("image", figure.Image?.Path);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        var references = DocumentWalker.NoteReferenceCounts(document);
        json.WriteStartArray("notes");
        foreach (var note in document.Notes)
        {
            json.WriteStartObject();
            json.WriteNumber("number", note.Number);
            json.WriteString("label", note.Label);
            json.WriteString("text", PlainText.Of(note.Content));
            json.WriteNumber("references", references.GetValueOrDefault(note.Number));
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("bibliography");
        foreach (var entry in document.Bibliography)
        {
            json.WriteStringValue(PlainText.Of(entry.Content));
        }

        json.WriteEndArray();
        json.WriteString("citation", document.Citation.IsDefaultOrEmpty ? null : PlainText.Of(document.Citation));
        json.WriteString("aboutAuthor", document.AboutAuthor.IsDefaultOrEmpty ? null : PlainText.Of(document.AboutAuthor));

        json.WriteStartObject("institution");
        json.WriteStartArray("lines");
        foreach (var line in document.Institution?.Lines ?? [])
        {
            json.WriteStringValue(line.Text);
        }

        json.WriteEndArray();
        json.WriteStartArray("details");
        foreach (var line in document.Institution?.Lines ?? [])
        {
            json.WriteStartObject();
            json.WriteString("kind", line.Kind.ToString().ToLowerInvariant());
            json.WriteString("text", line.Text);
            json.WriteString("url", line.Url);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();

        WriteStructures(json, document);
    }

    private static void WriteStructures(Utf8JsonWriter json, Document document)
    {
        var structures = InspectedStructures.Of(document);
        var labels = EditionLabels.ForLanguage(document.Metadata.Language);
        json.WriteStartArray("tables");
        foreach (var table in structures.Tables)
        {
            json.WriteStartObject();
            json.WriteNumber("number", table.Number);
            json.WriteString("id", table.Id);
            json.WriteNumber("rows", table.Rows.Length);
            json.WriteNumber("columns", table.Columns.Length);
            json.WriteNumber("headerRows", table.HeaderRowCount);
            json.WriteString("caption", table.Caption.IsDefaultOrEmpty ? null : PlainText.Of(table.Caption, withNoteMarkers: false));
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("definitionLists");
        foreach (var list in structures.DefinitionLists)
        {
            json.WriteStartObject();
            json.WriteNumber("items", list.Items.Length);
            json.WriteStartArray("terms");
            foreach (var term in list.Items.SelectMany(item => item.Terms))
            {
                json.WriteStringValue(PlainText.Of(term, withNoteMarkers: false));
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("divs");
        foreach (var div in structures.Divs)
        {
            json.WriteStartObject();
            json.WriteString("id", div.Id);
            json.WriteStartArray("classes");
            foreach (var name in div.Classes)
            {
                json.WriteStringValue(name);
            }

            json.WriteEndArray();
            json.WriteString("language", div.Language);
            json.WriteNumber("blocks", div.Children.Length);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("crossReferences");
        foreach (var reference in structures.CrossReferences)
        {
            json.WriteStartObject();
            json.WriteString("target", reference.TargetId);
            json.WriteString("kind", reference.TargetKind.ToString().ToLowerInvariant());
            json.WriteNumber("number", reference.Number);
            json.WriteString("text", ReferenceText(reference, labels));
            json.WriteBoolean("resolved", structures.Anchors.Contains(reference.TargetId));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteCitations(json, document, structures);
    }

    /// <summary>
    /// Issue 22: <c>references</c>, the bibliography entries the CSL processor rendered (key and text), and
    /// <c>citations</c>, each with where it stands, whether it is written in the text (<c>@a</c>), what the editions set
    /// for it, and its cites as the author wrote them, each saying whether a reference has its key.
    /// </summary>
    private static void WriteCitations(Utf8JsonWriter json, Document document, InspectedStructures structures)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        json.WriteStartArray("references");
        foreach (var entry in document.Bibliography.Where(e => e.Key is not null))
        {
            keys.Add(entry.Key!);
            json.WriteStartObject();
            json.WriteString("key", entry.Key);
            json.WriteString("text", PlainText.Of(entry.Content, withNoteMarkers: false));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("citations");
        foreach (var citation in structures.Citations)
        {
            json.WriteStartObject();
            json.WriteNumber("line", citation.Span.Line);
            json.WriteNumber("column", citation.Span.Column);
            json.WriteBoolean("inText", citation.InText);
            json.WriteString("text", PlainText.Of(citation.Children, withNoteMarkers: false));
            json.WriteStartArray("cites");
            foreach (var cite in citation.Cites)
            {
                json.WriteStartObject();
                json.WriteString("key", cite.Key);
                json.WriteString("prefix", cite.Prefix);
                json.WriteString("suffix", cite.Suffix);
                json.WriteString("locator", cite.Locator);
                json.WriteString("label", cite.Label);
                json.WriteBoolean("suppressAuthor", cite.SuppressAuthor);
                json.WriteBoolean("resolved", keys.Contains(cite.Key));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>What the editions print for a reference (the PDF may add the page): the author's text, else the target's label.</summary>
    private static string ReferenceText(CrossReferenceInline reference, EditionLabels labels)
    {
        if (!reference.Children.IsDefaultOrEmpty)
        {
            return PlainText.Of(reference.Children, withNoteMarkers: false);
        }

        return labels.LabelOf(reference);
    }

    private static void WriteDiagnostics(Utf8JsonWriter json, IEnumerable<Diagnostic> diagnostics)
    {
        json.WriteStartArray("diagnostics");
        foreach (var d in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
            json.WriteString("code", d.Code);
            json.WriteString("file", d.Span.File);
            json.WriteNumber("line", d.Span.Line);
            json.WriteNumber("column", d.Span.Column);
            json.WriteString("message", d.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
