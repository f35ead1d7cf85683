using System.Collections.Immutable;
using System.Globalization;
using Publish.Model;
using Publish.Model.Inlines;
using Publish.Model.Text;
using Publish.Typesetting.Fonts;
using Publish.Typesetting.Shaping;

namespace Publish.Typesetting.Paragraphs;

/// <summary>
/// Flattens the model's inline tree into styled leaves: emphasis toggles italic, strong sets bold, code is
/// monospaced at 90 % size (its x-height matches the serif's better), a note reference is its number as a
/// superscript marker; sub- and superscripts and small capitals are OpenType features of the run (synthesized by
/// the shaper where the face lacks them), a strike and a span's language ride on the pieces, math is italic, and a
/// cross-reference is a link to its target's destination showing the author's text or the target's label.
/// Reads the model only.
/// </summary>
internal static class InlineFlattener
{
    private const double CodeScale = 0.9;

    public static List<StyledPiece> Flatten(ImmutableArray<Inline> inlines, ParagraphStyle style)
    {
        var pieces = new List<StyledPiece>();
        var context = new Context(null, false, null, null, EditionLabels.ForLanguage(style.Language));
        Walk(inlines, new RunStyle(style.BaseVariant, style.Size, style.Features), context, pieces, style.LeadingLabel);
        return pieces;
    }

    /// <summary>What the pieces under an inline inherit besides their run style: link, strike, language, labels.</summary>
    private sealed record Context(string? Link, bool LinksWithin, SourceSpan? Reference, string? Language, EditionLabels Labels)
    {
        public bool Strikethrough { get; init; }
    }

    private static void Walk(ImmutableArray<Inline> inlines, RunStyle style, Context context, List<StyledPiece> pieces, bool labelled = false)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline text:
                    // A list item's label is the first inline of its paragraph (see ParagraphStyle.LeadingLabel).
                    var kind = pieces.Count == 0 && labelled ? PieceKind.Label : PieceKind.Text;
                    AddText(kind, text.Text, style, context, pieces, text.Span);
                    break;
                case EmphasisInline emphasis:
                    Walk(emphasis.Children, style with { Variant = ToggleItalic(style.Variant) }, context, pieces);
                    break;
                case StrongInline strong:
                    Walk(strong.Children, style with { Variant = Embolden(style.Variant) }, context, pieces);
                    break;
                case LinkInline linkInline:
                    Walk(linkInline.Children, style, context with { Link = linkInline.Target, LinksWithin = false, Reference = null }, pieces);
                    break;
                case FormattedInline formatted:
                    Walk(formatted.Children, Formatted(style, formatted.Format), context with { Strikethrough = context.Strikethrough || formatted.Format == InlineFormat.Strikethrough }, pieces);
                    break;
                case SpanInline span:
                    var before = pieces.Count;
                    Walk(span.Children, style, context with { Language = string.IsNullOrWhiteSpace(span.Language) ? context.Language : span.Language.Trim() }, pieces);
                    if (span.Id is { Length: > 0 } id && pieces.Count > before)
                    {
                        // The span's first piece carries its destination (an empty span marks nothing to go to).
                        pieces[before] = pieces[before] with { Anchor = CrossReferenceDestination.For(id) };
                    }

                    break;
                case CitationInline { TargetId: { } entry } citation:
                    // link-citations: the processor's text links to its bibliography entry, as a cross-reference does
                    // (a link whose entry the layout did not place is dropped with the others).
                    Walk(citation.Children, style, context with { Link = CrossReferenceDestination.For(entry), LinksWithin = true, Reference = citation.Span }, pieces);
                    break;
                case CitationInline citation:
                    Walk(citation.Children, style, context, pieces);
                    break;
                case CrossReferenceInline reference:
                    var within = context with { Link = CrossReferenceDestination.For(reference.TargetId), LinksWithin = true, Reference = reference.Span };
                    Walk(reference.Children.IsDefaultOrEmpty ? [new TextInline(CrossReferenceLabel.Of(reference, context.Labels), reference.Span)] : reference.Children, style, within, pieces);
                    break;
                case ManuscriptLinkInline { Article: { } article } link:
                    // Resolved in a book: an internal link to the other article, which the book does not prefix again. The
                    // author's words are printed as written, without "(p. 47)" after them: the page of a later article is
                    // known only once the whole body is laid out, and printing it would change the linking article's
                    // length and so every folio after it — the book would be laid out again until its pages stop moving,
                    // on every build, for words the manuscript does not have. A reader of print finds the article by its
                    // title in the contents; the link serves the screen. (A cross-reference inside one article prints its
                    // page, for a generated label only, where that article's own second pass settles it.)
                    Walk(link.Children, style, context with { Link = ArticleDestination.For(article, link.Fragment), LinksWithin = true, Reference = null }, pieces);
                    break;
                case ManuscriptLinkInline unresolved:
                    // Alone there is nothing to link to: the author's text, as if it were no link.
                    Walk(unresolved.Children, style, context, pieces);
                    break;
                case MathInline math:
                    AddText(PieceKind.Text, math.Tex, style with { Variant = ToggleItalic(style.Variant) }, context, pieces, math.Span);
                    break;
                case CodeInline code:
                    // Scaled against the text around it; a code block's lines (already monospaced) keep the code style's size.
                    Add(pieces, new StyledPiece(PieceKind.Code, code.Code, style with { Variant = FontVariant.Mono, Size = style.Variant == FontVariant.Mono ? style.Size : style.Size * CodeScale, Features = style.Features & ~TypographicFeatures.LetterSpacedCapitals }, context.Link, 0, code.Span), context);
                    break;
                case LineBreakInline lineBreak:
                    pieces.Add(new StyledPiece(PieceKind.LineBreak, string.Empty, style, context.Link, 0, lineBreak.Span));
                    break;
                case NoteReferenceInline note:
                    pieces.Add(new StyledPiece(PieceKind.NoteMarker, note.Note.Number.ToString(CultureInfo.InvariantCulture),
                        style with { Features = (style.Features | TypographicFeatures.Superscript) & ~TypographicFeatures.Subscript }, null, note.Note.Number, note.Span)
                    {
                        Language = context.Language,
                    });
                    break;
                default:
                    throw new InvalidOperationException($"Unknown inline kind {inline.GetType().Name}.");
            }
        }
    }

    /// <summary>
    /// Text in small capitals is cut where letters change case: a face without <c>smcp</c> then sets each lower-case
    /// stretch as smaller capitals (<see cref="HarfBuzzShaper"/>) while capitals and figures keep their size.
    /// </summary>
    private static void AddText(PieceKind kind, string text, RunStyle style, Context context, List<StyledPiece> pieces, SourceSpan span)
    {
        if ((style.Features & TypographicFeatures.LetterSpacedCapitals) == 0)
        {
            AddCased(kind, text, style, context, pieces, span);
            return;
        }

        // Display type: only runs of three or more capitals are letterspaced ("THE KHOJALY", "AVİM"), not a capital
        // that starts a word nor figures; the rest of the text is set as it comes.
        var plain = style with { Features = style.Features & ~TypographicFeatures.LetterSpacedCapitals };
        var start = 0;
        foreach (var (from, length) in CapitalRuns.In(text))
        {
            if (from > start)
            {
                AddCased(kind, text[start..from], plain, context, pieces, span);
            }

            AddCased(kind, text.Substring(from, length), style, context, pieces, span);
            start = from + length;
        }

        if (start < text.Length)
        {
            AddCased(kind, text[start..], plain, context, pieces, span);
        }
    }

    private static void AddCased(PieceKind kind, string text, RunStyle style, Context context, List<StyledPiece> pieces, SourceSpan span)
    {
        if ((style.Features & TypographicFeatures.SmallCaps) == 0 || kind != PieceKind.Text || text.Length < 2)
        {
            Add(pieces, new StyledPiece(kind, text, style, context.Link, 0, span), context);
            return;
        }

        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || char.IsLower(text[i]) != char.IsLower(text[i - 1]))
            {
                Add(pieces, new StyledPiece(kind, text[start..i], style, context.Link, 0, span), context);
                start = i;
            }
        }
    }

    private static void Add(List<StyledPiece> pieces, StyledPiece piece, Context context) => pieces.Add(piece with
    {
        LinksWithin = context.LinksWithin,
        Reference = context.Reference,
        Strikethrough = context.Strikethrough,
        Language = context.Language,
    });

    /// <summary>
    /// Sub- and superscripts exclude each other (the inner one wins: <c>x^a~b~^</c> sets b as a subscript); small
    /// capitals add <c>smcp</c>; a strike changes no glyph.
    /// </summary>
    private static RunStyle Formatted(RunStyle style, InlineFormat format) => format switch
    {
        InlineFormat.Superscript => style with { Features = (style.Features | TypographicFeatures.Superscript) & ~TypographicFeatures.Subscript },
        InlineFormat.Subscript => style with { Features = (style.Features | TypographicFeatures.Subscript) & ~TypographicFeatures.Superscript },
        InlineFormat.SmallCaps => style with { Features = style.Features | TypographicFeatures.SmallCaps },
        _ => style,
    };

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
