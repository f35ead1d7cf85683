namespace Publish.Typesetting.Paragraphs;

internal enum PieceKind
{
    Text,
    Code,
    NoteMarker,
    LineBreak,
}
