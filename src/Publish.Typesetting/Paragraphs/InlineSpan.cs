namespace Publish.Typesetting.Paragraphs;

/// <summary>
/// The inline structure a glyph run or link rectangle of a line belongs to, so the tagged PDF can give it an element
/// of its own inside the paragraph's: a link's text (PDF/UA-1 §7.18.5: the Link element holds the link text and its
/// annotation), a note marker (a Reference) or a list item's label (Lbl, PDF/UA-1 §7.6). <see cref="Key"/> is the
/// index of the occurrence's first piece in its paragraph: runs on different lines with the same key are one element.
/// </summary>
public readonly record struct InlineSpan(InlineSpanKind Kind, int Key)
{
    public static InlineSpan None => default;
}
