namespace Publish.Typesetting.Inline;

internal enum PieceKind
{
    Text,
    Code,
    NoteMarker,
    LineBreak,
}
