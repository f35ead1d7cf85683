using Publish.Typesetting.Frames;

namespace Publish.Pdf.Fonts;

/// <summary>
/// What one <see cref="FontResource"/> contributes to the document: its resource name (/F1, /F2… in order of
/// first use), the glyphs drawn with it and, per glyph, the characters it stands for. The first non-empty
/// text seen for a glyph wins, so the mapping depends only on the frames' order (deterministic).
/// </summary>
internal sealed class FontUsage
{
    private readonly SortedDictionary<ushort, string> glyphText = [];

    public FontUsage(FontResource font, string resourceName)
    {
        Font = font;
        ResourceName = resourceName;
    }

    public FontResource Font { get; }

    public string ResourceName { get; }

    /// <summary>Used glyph ids in ascending order, with their text ("" when the glyph only continues a cluster).</summary>
    public IReadOnlyDictionary<ushort, string> GlyphText => glyphText;

    public void Add(PositionedGlyph glyph)
    {
        if (!glyphText.TryGetValue(glyph.GlyphId, out var known) || (known.Length == 0 && glyph.Text.Length > 0))
        {
            glyphText[glyph.GlyphId] = glyph.Text;
        }
    }

    /// <summary>
    /// The glyph's width as written to the /W array, in thousandths of an em. Content streams compute their
    /// TJ corrections from this same rounded value, so glyph positions come out exactly as the frames say.
    /// </summary>
    public int PdfWidth(ushort glyphId) =>
        (int)Math.Round(Font.GlyphAdvance(glyphId) * 1000.0 / Font.UnitsPerEm, MidpointRounding.AwayFromZero);
}
