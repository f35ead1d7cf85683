using Publish.Typesetting.Fonts;
using Publish.Typesetting.Shaping;

namespace Publish.Typesetting.Paragraphs;

/// <summary>
/// How a paragraph is set. Sizes in points. <see cref="Language"/> is the document's BCP 47 tag (hyphenation);
/// <see cref="SentenceSpacing"/> false (the default) sets one word space after a sentence, as modern typography, Typst
/// and TeX's \frenchspacing do; true is TeX's old default: the space after a sentence is wider and stretches more,
/// after a comma a little more (<see cref="SpaceRules.SpaceFactor"/>).
/// </summary>
public sealed record ParagraphStyle(
    double Size,
    double Leading,
    double Measure,
    double FirstLineIndent = 0,
    LineAlignment Alignment = LineAlignment.Justified,
    string Language = "en",
    FontVariant BaseVariant = FontVariant.Regular,
    TypographicFeatures Features = TypographicFeatures.None,
    bool Hyphenate = true,
    bool SentenceSpacing = false)
{
    /// <summary>The first inline is a list item's label (tagged Lbl apart from the item's text, PDF/UA-1 §7.6).</summary>
    public bool LeadingLabel { get; init; }
}
