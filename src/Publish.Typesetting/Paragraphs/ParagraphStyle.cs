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

    /// <summary>
    /// Display type (a title, an author line, a heading): a word of one letter is tied to the word after it, so no line
    /// ends on it ("Harbour Papers, a / Glossary"): the article or preposition reads with what it introduces, as
    /// Czech and Polish typesetting requires of every line and English display setting of its titles.
    /// </summary>
    public bool BindOneLetterWords { get; init; }
}
