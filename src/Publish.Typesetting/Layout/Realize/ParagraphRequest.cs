using System.Collections.Immutable;
using Publish.Model.Inlines;
using Publish.Styles;

namespace Publish.Typesetting.Layout.Realize;

/// <summary>
/// One paragraph to set: its content in a text style at a measure and first-line indent. A pure function of these
/// fields, so any thread may set it and the result is the same. <see cref="Labelled"/>: the first inline is a label
/// (a list item's bullet or number, a note's number), set as text but tagged apart. <see cref="Language"/>: the BCP 47
/// tag the paragraph hyphenates in when it is not the document's (a div with <c>lang</c>); null for the document's.
/// </summary>
internal sealed record ParagraphRequest(
    ImmutableArray<Inline> Content,
    TextStyle Style,
    double Measure,
    double Indent,
    bool Hyphenate,
    bool Labelled = false)
{
    public string? Language { get; init; }

    /// <summary>Display type (a title, an author line, a heading): set at the narrowest measure that keeps its number of lines (<see cref="TitleBalancer"/>).</summary>
    public bool Balance { get; init; }

    /// <summary>Display type whose runs of three or more capitals are letterspaced (Bringhurst 3.2.2; <see cref="Shaping.TypographicFeatures.LetterSpacedCapitals"/>).</summary>
    public bool LetterSpaceCapitals { get; init; }

    /// <summary>
    /// A line of a code block: set in the code face at the code style's own size (styles/README.md: <c>text.code.size</c>
    /// is the code's font size), not scaled again as inline code is against the text around it.
    /// </summary>
    public bool CodeBlock { get; init; }

    /// <summary>
    /// The style's <c>typography.sentence-spacing: wide</c> (<see cref="Paragraphs.ParagraphStyle.SentenceSpacing"/>), set
    /// once where the request is made from the style, so whatever sets, sizes or balances the paragraph sets it alike.
    /// </summary>
    public bool WideSentenceSpacing { get; init; }

    /// <summary>The paragraph style a request is set in, on any thread: the text style's, with its label and letterspacing.</summary>
    public Paragraphs.ParagraphStyle ParagraphStyle(string documentLanguage) =>
        StyleMapping.Paragraph(Style, Measure, Language ?? documentLanguage, Indent, Hyphenate) with
        {
            LeadingLabel = Labelled,
            BindOneLetterWords = Balance,
            BaseVariant = CodeBlock ? Fonts.FontVariant.Mono : StyleMapping.Variant(Style.Face),
            SentenceSpacing = WideSentenceSpacing,
            Features = LetterSpaceCapitals ? Shaping.TypographicFeatures.LetterSpacedCapitals : Shaping.TypographicFeatures.None,
        };
}
