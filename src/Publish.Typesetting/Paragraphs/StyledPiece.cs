using Publish.Model;
using Publish.Typesetting.Shaping;

namespace Publish.Typesetting.Paragraphs;

/// <summary>A leaf of the inline tree with the style it inherits: what the item builder walks.</summary>
internal readonly record struct StyledPiece(PieceKind Kind, string Text, RunStyle Style, string? Link, int NoteNumber, SourceSpan Span)
{
    /// <summary><see cref="Link"/> names a destination of this document (a cross-reference), not a URI.</summary>
    public bool LinksWithin { get; init; }

    /// <summary>The cross-reference the piece shows (its source position), so the layout can find the page it lands on.</summary>
    public SourceSpan? Reference { get; init; }

    /// <summary>Struck through (<c>~~text~~</c>): a rule across the glyphs at half the x-height.</summary>
    public bool Strikethrough { get; init; }

    /// <summary>
    /// The BCP 47 language of a span (<c>[text]{lang=tr}</c>) the piece lies in, or null for the paragraph's: its words
    /// hyphenate by that language's rules and its text is tagged with <c>/Lang</c>.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>A destination to set where the piece begins (the start of a span with an id, a cross-reference target).</summary>
    public string? Anchor { get; init; }
}
