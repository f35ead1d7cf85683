using Publish.Typesetting.Fonts;
using Publish.Typesetting.Shaping;

namespace Publish.Typesetting.Paragraphs;

/// <summary>
/// How a paragraph is set. Sizes in points. <see cref="Language"/> is the document's BCP 47 tag (hyphenation);
/// <see cref="SentenceSpacing"/> true is TeX's default (French spacing off): the space after a sentence is wider
/// and stretches more, after a comma a little more.
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
    bool SentenceSpacing = true)
{
    /// <summary>The first inline is a list item's label (tagged Lbl apart from the item's text, PDF/UA-1 §7.6).</summary>
    public bool LeadingLabel { get; init; }
}
