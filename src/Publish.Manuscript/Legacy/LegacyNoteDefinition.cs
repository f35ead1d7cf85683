using Publish.Model;

namespace Publish.Manuscript.Legacy;

/// <summary>A note as defined in the notes area: its label, its paragraphs (label prefix removed) and where it is.</summary>
internal sealed record LegacyNoteDefinition(string Label, List<MappedText> Paragraphs, SourceSpan Span);
