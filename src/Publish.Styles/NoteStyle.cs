namespace Publish.Styles;

/// <summary>
/// How footnotes are laid out in print (the style's <c>notes:</c> key). <see cref="Number"/>: where the note's number
/// stands. Either way the gap after the number is fixed, so note texts start at one x on every page — a gap that
/// stretches with the justification of the note's first line (3.2 to 11.5 pt on one book) reads as carelessness.
/// </summary>
public sealed record NoteStyle
{
    public NoteNumberPlacement Number { get; init; } = NoteNumberPlacement.Hanging;
}
