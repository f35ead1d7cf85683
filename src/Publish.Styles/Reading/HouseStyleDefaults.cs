using System.Collections.Immutable;

namespace Publish.Styles.Reading;

/// <summary>
/// The value of every key a style file leaves out (documented in <c>styles/README.md</c>; keep the two in
/// step). Font and pattern files are relative to the style file's folder, so a style in <c>styles/</c> can
/// rely on the shipped <c>fonts/</c> and <c>hyphenation/</c> folders without naming them.
/// </summary>
internal static class HouseStyleDefaults
{
    public const string SerifFamily = "Noto Serif";
    public const string SansFamily = "Noto Sans";
    public const string MonoFamily = "DejaVu Sans Mono";

    public static double MarginPoints => 25 * LengthParser.PointsPerMillimetre;

    public static string PageSizeName => "A4";

    public static int MinLeft => 2;

    public static int MinRight => 3;

    public static string PageNumberFormat => "{page} / {pages}";

    public static FooterPlacement FooterPlacement => FooterPlacement.EveryPage;

    public static FooterAlignment FooterAlignment => FooterAlignment.Centered;

    public static FooterRule FooterRule { get; } = new(0.5, new StyleColor(0x80, 0x80, 0x80));

    public static EpubOptions Epub { get; } = new(NotesPlacement.SectionEnd, EmbedFonts: true);

    /// <summary>Family → face files (regular, italic, bold, bold italic), relative to the style folder.</summary>
    public static ImmutableArray<(string Family, string Regular, string? Italic, string? Bold, string? BoldItalic)> FontFamilies { get; } =
    [
        (SerifFamily, "fonts/NotoSerif-Regular.ttf", "fonts/NotoSerif-Italic.ttf", "fonts/NotoSerif-Bold.ttf", "fonts/NotoSerif-BoldItalic.ttf"),
        (SansFamily, "fonts/NotoSans-Regular.ttf", "fonts/NotoSans-Italic.ttf", "fonts/NotoSans-Bold.ttf", "fonts/NotoSans-BoldItalic.ttf"),
        (MonoFamily, "fonts/DejaVuSansMono.ttf", null, null, null),
    ];

    /// <summary>Tried in order for a character the text style's own family lacks (symbols, arrows, box drawing).</summary>
    public static ImmutableArray<string> FontFallback { get; } = [SansFamily, MonoFamily];

    /// <summary>Language → Liang pattern file, relative to the style folder.</summary>
    public static ImmutableArray<(string Language, string File)> HyphenationPatterns { get; } =
    [
        ("en", "hyphenation/hyph_en_US.dic"),
        ("de", "hyphenation/hyph_de_DE.dic"),
        ("fr", "hyphenation/hyph_fr.dic"),
    ];

    /// <summary>Language → hyphenation exception list, relative to the style folder, used when the style names none.</summary>
    public static ImmutableArray<(string Language, string File)> HyphenationExceptions { get; } = [("en", "hyphenation/exceptions-en.txt")];

    public static TextStyleSpec Body { get; } = Spec(SerifFamily, FontFace.Regular, 11, 14.5, TextAlignment.Justified, indent: Measure.Ems(1));

    public static TextStyleSpec Heading1 { get; } = Spec(SerifFamily, FontFace.Bold, 16, 20, TextAlignment.Ragged, before: 18, after: 8);

    public static TextStyleSpec Heading2 { get; } = Spec(SerifFamily, FontFace.Bold, 13, 17, TextAlignment.Ragged, before: 14, after: 6);

    public static TextStyleSpec Heading3 { get; } = Spec(SerifFamily, FontFace.BoldItalic, 11, 14.5, TextAlignment.Ragged, before: 12, after: 4);

    public static TextStyleSpec Note { get; } = Spec(SerifFamily, FontFace.Regular, 9, 11.5, TextAlignment.Justified);

    public static TextStyleSpec Caption { get; } = Spec(SerifFamily, FontFace.Italic, 9, 11.5, TextAlignment.Centered, before: 4, after: 10);

    public static TextStyleSpec Bibliography { get; } = Spec(SerifFamily, FontFace.Regular, 10, 13, TextAlignment.Ragged, hanging: Measure.Ems(1.5), after: 4);

    public static TextStyleSpec Footer { get; } = Spec(SansFamily, FontFace.Regular, 7.5, 9, TextAlignment.Centered, color: new StyleColor(0x33, 0x33, 0x33));

    public static TextStyleSpec Title { get; } = Spec(SerifFamily, FontFace.Bold, 20, 24, TextAlignment.Centered, after: 6);

    public static TextStyleSpec Author { get; } = Spec(SerifFamily, FontFace.Italic, 12, 15, TextAlignment.Centered, after: 24);

    public static TextStyleSpec Code { get; } = Spec(MonoFamily, FontFace.Regular, 9, 12, TextAlignment.Ragged, before: 6, after: 6);

    private static TextStyleSpec Spec(
        string family,
        FontFace face,
        double size,
        double leading,
        TextAlignment alignment,
        Measure indent = default,
        Measure hanging = default,
        double before = 0,
        double after = 0,
        StyleColor? color = null) =>
        new(family, null, face, size, Measure.Points(leading), alignment, indent, hanging, Measure.Points(before), Measure.Points(after), color ?? StyleColor.Black);
}
