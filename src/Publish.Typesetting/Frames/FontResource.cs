namespace Publish.Typesetting.Frames;

/// <summary>
/// A font file as the PDF writer needs it: the original program bytes (subset by the writer through
/// HarfBuzz's hb_subset), whether its outlines are CFF (→ CIDFontType0C) or TrueType (→ CIDFontType2),
/// and the metrics for the font descriptor, in font units. Identity is by reference: one instance per
/// face per build, shared by every glyph run set in it.
/// </summary>
public sealed class FontResource
{
    public FontResource(
        string postScriptName,
        ReadOnlyMemory<byte> data,
        int faceIndex,
        bool isCff,
        int unitsPerEm,
        FontMetrics metrics,
        Func<ushort, int> glyphAdvance)
    {
        PostScriptName = postScriptName;
        Data = data;
        FaceIndex = faceIndex;
        IsCff = isCff;
        UnitsPerEm = unitsPerEm;
        Metrics = metrics;
        GlyphAdvance = glyphAdvance;
        Program = this;
    }

    /// <summary>PostScript name without subset tag, e.g. <c>NotoSerif-Italic</c>.</summary>
    public string PostScriptName { get; }

    /// <summary>The whole font file (an OpenType/TrueType file, not a collection slice).</summary>
    public ReadOnlyMemory<byte> Data { get; }

    public int FaceIndex { get; }

    public bool IsCff { get; }

    public int UnitsPerEm { get; }

    public FontMetrics Metrics { get; }

    /// <summary>Horizontal advance of a glyph in font units (for the PDF <c>/W</c> array).</summary>
    public Func<ushort, int> GlyphAdvance { get; }

    /// <summary>
    /// The face's glyph for U+0020, if it has one: a line whose last word comes from a fallback face (a Hebrew word
    /// in a line of Noto Serif spaces) still ends with an extractable word space in that face.
    /// </summary>
    public ushort? SpaceGlyph { get; init; }

    /// <summary>
    /// Horizontal shear of a synthesized oblique (the tangent of its angle; 0 upright): the family has no italic
    /// face, so its upright one is drawn slanted through the text matrix (ISO 32000-1 §9.4.2, <c>Tm</c>).
    /// </summary>
    public double Slant { get; private init; }

    /// <summary>
    /// Stroke width, in ems, of a synthesized bold (0: none): the family has no bold face, so its lighter one is
    /// filled and stroked (text rendering mode 2, ISO 32000-1 §9.3.6), thickening every stem by this much.
    /// </summary>
    public double Emboldening { get; private init; }

    /// <summary>The face whose program draws this one: itself, or the real face a synthesized one slants or thickens.</summary>
    public FontResource Program { get; private init; }

    /// <summary>
    /// This face drawn slanted and/or thickened. The result is a resource of its own (runs in it never merge with
    /// upright ones) that embeds nothing of its own: the PDF shows it with <see cref="Program"/>'s font program.
    /// </summary>
    public FontResource Synthesized(double slant, double emboldening) =>
        new(PostScriptName, Data, FaceIndex, IsCff, UnitsPerEm, Metrics, GlyphAdvance)
        {
            SpaceGlyph = SpaceGlyph,
            Slant = slant,
            Emboldening = emboldening,
            Program = Program,
        };
}
