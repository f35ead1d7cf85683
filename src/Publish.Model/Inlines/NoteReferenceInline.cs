namespace Publish.Model.Inlines;

/// <summary>
/// A note marker. The note's content is held here, at its reference point, so the PDF can set it at
/// the bottom of the marker's page and the EPUB in a notes section. A note referenced twice is the same
/// <see cref="Model.Note"/> instance behind two markers.
/// </summary>
public sealed record NoteReferenceInline(Note Note, SourceSpan Span) : Inline(Span);
