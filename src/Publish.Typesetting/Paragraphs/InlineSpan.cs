namespace Publish.Typesetting.Paragraphs;

/// <summary>
/// The inline structure a glyph run or link rectangle of a line belongs to, so the tagged PDF can give it an element
/// of its own inside the paragraph's: a link's text (PDF/UA-1 §7.18.5: the Link element holds the link text and its
/// annotation), a note marker (a Reference) or a list item's label (Lbl, PDF/UA-1 §7.6). <see cref="Key"/> is the
/// index of the occurrence's first piece in its paragraph: runs on different lines with the same key are one element.
/// Text in another language than the paragraph's (ISO 32000-1 §14.9.2.2: /Lang on a structure element) is a Span of
/// its own, or a Link that carries the <see cref="Language"/>.
/// </summary>
public readonly record struct InlineSpan(InlineSpanKind Kind, int Key)
{
    /// <summary>The BCP 47 language of the span's text when it is not the paragraph's, else null.</summary>
    public string? Language { get; init; }

    public static InlineSpan None => default;
}
