using Publish.Styles;
using Publish.Typesetting.Fonts;
using Publish.Typesetting.Frames;
using Publish.Typesetting.Paragraphs;

namespace Publish.Typesetting.Layout;

/// <summary>Maps the house style's text styles onto the typesetter's paragraph styles.</summary>
internal static class StyleMapping
{
    public static ParagraphStyle Paragraph(TextStyle text, double measure, string language, double firstLineIndent, bool hyphenate) => new(
        text.Size,
        text.Leading,
        measure,
        firstLineIndent,
        text.Alignment == Styles.TextAlignment.Justified ? Paragraphs.LineAlignment.Justified : Paragraphs.LineAlignment.RaggedRight,
        language,
        Variant(text.Face),
        Shaping.TypographicFeatures.None,
        hyphenate && text.Alignment == Styles.TextAlignment.Justified);

    public static FontVariant Variant(Styles.FontFace face) => face switch
    {
        Styles.FontFace.Regular => FontVariant.Regular,
        Styles.FontFace.Italic => FontVariant.Italic,
        Styles.FontFace.Bold => FontVariant.Bold,
        Styles.FontFace.BoldItalic => FontVariant.BoldItalic,
        _ => throw new ArgumentOutOfRangeException(nameof(face), face, "Unknown face."),
    };

    public static RgbColor Color(StyleColor color) => new(color.R, color.G, color.B);
}
