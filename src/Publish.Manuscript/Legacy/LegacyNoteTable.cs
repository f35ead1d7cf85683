using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Diagnostics;

namespace Publish.Manuscript.Legacy;

/// <summary>
/// The notes of one manuscript (rules of issue 2, item 7): numbered in order of first reference; one
/// <see cref="Note"/> instance however often it is referenced; a reference without a definition is an error
/// (PUB1101), a definition never referenced a warning (PUB1102) and left out of the document, a label defined
/// twice an error at the second definition naming the first's line (PUB1103; the first wins).
/// Lifecycle: <see cref="Define"/>, then <see cref="Number"/> once with every referenced label in document
/// order, then <see cref="Resolve"/> for each marker.
/// </summary>
internal sealed class LegacyNoteTable
{
    private readonly Dictionary<string, LegacyNoteDefinition> _definitions = new(StringComparer.Ordinal);
    private readonly List<LegacyNoteDefinition> _inOrder = [];
    private readonly Dictionary<string, Note> _notes = new(StringComparer.Ordinal);
    private readonly DiagnosticBag _diagnostics;

    private LegacyNoteTable(DiagnosticBag diagnostics) => _diagnostics = diagnostics;

    public ImmutableArray<Note> Notes { get; private set; } = [];

    /// <summary>Reads the notes area: a definition paragraph starts a note, any other paragraph continues the one before.</summary>
    public static LegacyNoteTable Define(IReadOnlyList<LegacyParagraph> notesArea, DiagnosticBag diagnostics)
    {
        var table = new LegacyNoteTable(diagnostics);
        LegacyNoteDefinition? current = null;
        foreach (var paragraph in notesArea)
        {
            var match = LegacyPatterns.NoteDefinition().Match(paragraph.Text);
            if (!match.Success)
            {
                current?.Paragraphs.Add(paragraph.Content);
                continue;
            }

            var label = match.Groups["label"].Value;
            current = new LegacyNoteDefinition(label, [paragraph.Content.Substring(match.Length)], paragraph.Span);
            if (table._definitions.TryGetValue(label, out var first))
            {
                diagnostics.Error(
                    DiagnosticCodes.NoteLabelDefinedTwice,
                    paragraph.Span,
                    $"note [{label}] is defined twice; the definition at line {first.Span.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)} is kept");
                continue;
            }

            table._definitions.Add(label, current);
            table._inOrder.Add(current);
        }

        return table;
    }

    /// <summary>Numbers the defined notes in order of first reference and builds their content (inner markers flattened).</summary>
    public void Number(IEnumerable<string> referencedLabels, LegacyInlineBuilder builder)
    {
        var notes = ImmutableArray.CreateBuilder<Note>();
        foreach (var label in referencedLabels)
        {
            if (_notes.ContainsKey(label) || !_definitions.TryGetValue(label, out var definition))
            {
                continue;
            }

            var content = definition.Paragraphs
                .Where(p => p.Text.Length > 0)
                .Select(p => (Block)new ParagraphBlock(builder.Build(p, notes: null), builder.SpanAt(p, 0)))
                .ToImmutableArray();
            var note = new Note(notes.Count + 1, label, content, definition.Span);
            _notes.Add(label, note);
            notes.Add(note);
        }

        Notes = notes.ToImmutable();
        foreach (var definition in _inOrder.Where(d => !_notes.ContainsKey(d.Label)))
        {
            _diagnostics.Warning(
                DiagnosticCodes.NoteDefinedButNeverReferenced,
                definition.Span,
                $"note [{definition.Label}] is defined but never referenced; it is left out");
        }
    }

    /// <summary>The note a marker refers to, or null (after an error) when the label has no definition.</summary>
    public Note? Resolve(string label, SourceSpan span)
    {
        if (_notes.TryGetValue(label, out var note))
        {
            return note;
        }

        _diagnostics.Error(DiagnosticCodes.NoteReferenceWithoutDefinition, span, $"note [{label}] is referenced but never defined");
        return null;
    }
}
