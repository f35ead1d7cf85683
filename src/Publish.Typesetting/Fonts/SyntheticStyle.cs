using Publish.Styles;

namespace Publish.Typesetting.Fonts;

/// <summary>
/// How a face a family lacks is imitated with the face it falls back to (the style's rule: italic → regular, bold →
/// regular, bold italic → bold, else italic, else regular): slanted where the slant is missing, thickened where the
/// weight is. Never silently the wrong face: the style loader warns for each (PUB2048).
/// </summary>
public sealed record SyntheticStyle(double Slant, double Emboldening)
{
    /// <summary>
    /// tan 12°, the shear of FreeType's <c>FT_GlyphSlot_Oblique</c> (0x0366A / 0x10000): near the 10–14° of a designed
    /// italic's stems, so a slanted word reads as emphasis without looking like a falling-over roman.
    /// </summary>
    public const double ObliqueSlant = 0.2126;

    /// <summary>
    /// The stroke around each outline, in ems: Skia's fake bold strokes 1/24 em at text sizes up to 9 pt and 1/32 em
    /// from 36 pt; 1/28 em thickens a book face's stems about as much as its designed bold does at 9–12 pt.
    /// </summary>
    public const double BoldStroke = 1.0 / 28;

    public static SyntheticStyle None { get; } = new(0, 0);

    public bool IsNone => Slant == 0 && Emboldening == 0;

    /// <summary>What <paramref name="available"/> needs to stand in for <paramref name="requested"/>.</summary>
    public static SyntheticStyle For(FontFace requested, FontFace available)
    {
        var wantsSlant = requested is FontFace.Italic or FontFace.BoldItalic;
        var wantsWeight = requested is FontFace.Bold or FontFace.BoldItalic;
        var hasSlant = available is FontFace.Italic or FontFace.BoldItalic;
        var hasWeight = available is FontFace.Bold or FontFace.BoldItalic;
        var style = new SyntheticStyle(wantsSlant && !hasSlant ? ObliqueSlant : 0, wantsWeight && !hasWeight ? BoldStroke : 0);
        return style.IsNone ? None : style;
    }
}
