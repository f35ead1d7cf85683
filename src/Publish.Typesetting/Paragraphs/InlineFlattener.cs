using System.Collections.Immutable;
using System.Globalization;
using Publish.Model.Inlines;
using Publish.Typesetting.Fonts;
using Publish.Typesetting.Shaping;

namespace Publish.Typesetting.Paragraphs;

/// <summary>
/// Flattens the model's inline tree into styled leaves: emphasis toggles italic, strong sets bold, code is
/// monospaced at 90 % size (its x-height matches the serif's better), a note reference is its number as a
/// superscript marker. Reads the model only.
/// </summary>
internal static class InlineFlattener
{
    private const double CodeScale = 0.9;

    public static List<StyledPiece> Flatten(ImmutableArray<Inline> inlines, ParagraphStyle style)
    {
        var pieces = new List<StyledPiece>();
        Walk(inlines, new RunStyle(style.BaseVariant, style.Size, style.Features), null, pieces, style.LeadingLabel);
        return pieces;
    }

    private static void Walk(ImmutableArray<Inline> inlines, RunStyle style, string? link, List<StyledPiece> pieces, bool labelled = false)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline text:
                    // A list item's label is the first inline of its paragraph (see ParagraphStyle.LeadingLabel).
                    var kind = pieces.Count == 0 && labelled ? PieceKind.Label : PieceKind.Text;
                    pieces.Add(new StyledPiece(kind, text.Text, style, link, 0, text.Span));
                    break;
                case EmphasisInline emphasis:
                    Walk(emphasis.Children, style with { Variant = ToggleItalic(style.Variant) }, link, pieces);
                    break;
                case StrongInline strong:
                    Walk(strong.Children, style with { Variant = Embolden(style.Variant) }, link, pieces);
                    break;
                case LinkInline linkInline:
                    Walk(linkInline.Children, style, linkInline.Target, pieces);
                    break;
                case FormattedInline formatted:
                    Walk(formatted.Children, style, link, pieces);
                    break;
                case SpanInline span:
                    Walk(span.Children, style, link, pieces);
                    break;
                case CrossReferenceInline reference:
                    Walk(reference.Children.IsDefaultOrEmpty ? [new TextInline(reference.TargetText, reference.Span)] : reference.Children, style, link, pieces);
                    break;
                case MathInline math:
                    pieces.Add(new StyledPiece(PieceKind.Text, math.Tex, style with { Variant = ToggleItalic(style.Variant) }, link, 0, math.Span));
                    break;
                case CodeInline code:
                    pieces.Add(new StyledPiece(PieceKind.Code, code.Code, style with { Variant = FontVariant.Mono, Size = style.Size * CodeScale },
                        link, 0, code.Span));
                    break;
                case LineBreakInline lineBreak:
                    pieces.Add(new StyledPiece(PieceKind.LineBreak, string.Empty, style, link, 0, lineBreak.Span));
                    break;
                case NoteReferenceInline note:
                    pieces.Add(new StyledPiece(PieceKind.NoteMarker, note.Note.Number.ToString(CultureInfo.InvariantCulture),
                        style with { Features = style.Features | TypographicFeatures.Superscript }, null, note.Note.Number, note.Span));
                    break;
                default:
                    throw new InvalidOperationException($"Unknown inline kind {inline.GetType().Name}.");
            }
        }
    }

    private static FontVariant ToggleItalic(FontVariant variant) => variant switch
    {
        FontVariant.Regular => FontVariant.Italic,
        FontVariant.Italic => FontVariant.Regular,
        FontVariant.Bold => FontVariant.BoldItalic,
        FontVariant.BoldItalic => FontVariant.Bold,
        _ => variant,
    };

    private static FontVariant Embolden(FontVariant variant) => variant switch
    {
        FontVariant.Regular => FontVariant.Bold,
        FontVariant.Italic => FontVariant.BoldItalic,
        _ => variant,
    };
}
