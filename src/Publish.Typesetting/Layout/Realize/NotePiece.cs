using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Layout.Realize;

/// <summary>
/// One request of a note: its lines start <see cref="Left"/> points right of the note's edge in a column
/// <see cref="Measure"/> wide. Its element is a new <see cref="Role"/> element in <see cref="Group"/> (an index in the
/// note's groups; null: the note), or that container itself when <see cref="Role"/> is null (the note's paragraphs,
/// a code block's lines). <see cref="Label"/>: a list item's label, set apart and hung at <see cref="LabelLeft"/> on the
/// first line's baseline, tagged into group <see cref="LabelGroup"/> (its Lbl).
/// </summary>
internal sealed record NotePiece(int Request, double Left, double Measure, int? Group, StructureRole? Role)
{
    public int? Label { get; init; }

    public double LabelLeft { get; init; }

    public int? LabelGroup { get; init; }

    /// <summary>
    /// The note's number is set flush left in its box (a right-to-left note's: its text is left of the box), whatever
    /// the direction of the number's own line; otherwise flush right, against the text on its right.
    /// </summary>
    public bool NumberFlushLeft { get; init; }
}
