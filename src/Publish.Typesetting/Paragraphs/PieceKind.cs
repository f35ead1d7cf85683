namespace Publish.Typesetting.Paragraphs;

internal enum PieceKind
{
    Text,
    Code,
    NoteMarker,
    LineBreak,

    /// <summary>A list item's label ("•", "3.") set at the start of its first paragraph: tagged Lbl, not text.</summary>
    Label,
}
