using Publish.Model;
using Publish.Typesetting.Shaping;

namespace Publish.Typesetting.Paragraphs;

/// <summary>A leaf of the inline tree with the style it inherits: what the item builder walks.</summary>
internal readonly record struct StyledPiece(PieceKind Kind, string Text, RunStyle Style, string? Link, int NoteNumber, SourceSpan Span);
