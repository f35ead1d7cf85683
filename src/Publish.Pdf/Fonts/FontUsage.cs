using Publish.Typesetting.Frames;

namespace Publish.Pdf.Fonts;

/// <summary>
/// What one <see cref="FontResource"/> contributes to the document: its resource name (/F1, /F2… in order of
/// first use), the glyphs drawn with it and, per glyph, the characters it stands for. The first non-empty
/// text seen for a glyph wins, so the mapping depends only on the frames' order (deterministic).
/// Glyph ids are 16-bit, so the per-glyph tables are flat arrays indexed by id: every glyph of a 400-page
/// book passes through <see cref="Add"/> and <see cref="PdfWidth"/>, and a tree lookup there cost more than
/// writing the pages.
/// </summary>
internal sealed class FontUsage
{
    private const int NoWidth = int.MinValue;

    private readonly string?[] glyphText = new string?[ushort.MaxValue + 1];
    private readonly int[] pdfWidths = new int[ushort.MaxValue + 1];

    public FontUsage(FontResource font, string resourceName)
    {
        Font = font;
        ResourceName = resourceName;
        Array.Fill(pdfWidths, NoWidth);
    }

    public FontResource Font { get; }

    public string ResourceName { get; }

    /// <summary>Used glyph ids in ascending order, with their text ("" when the glyph only continues a cluster).</summary>
    public IReadOnlyDictionary<ushort, string> GlyphText
    {
        get
        {
            var used = new SortedDictionary<ushort, string>();
            for (var id = 0; id < glyphText.Length; id++)
            {
                if (glyphText[id] is { } text)
                {
                    used.Add((ushort)id, text);
                }
            }

            return used;
        }
    }

    /// <summary>Registers a glyph drawn with the font (with its text and its /W width); before any page is written.</summary>
    public void Add(PositionedGlyph glyph)
    {
        var known = glyphText[glyph.GlyphId];
        if (known is null || (known.Length == 0 && glyph.Text.Length > 0))
        {
            glyphText[glyph.GlyphId] = glyph.Text;
        }

        if (pdfWidths[glyph.GlyphId] == NoWidth)
        {
            pdfWidths[glyph.GlyphId] = (int)Math.Round(Font.GlyphAdvance(glyph.GlyphId) * 1000.0 / Font.UnitsPerEm, MidpointRounding.AwayFromZero);
        }
    }

    /// <summary>
    /// The glyph's width as written to the /W array, in thousandths of an em. Content streams compute their
    /// TJ corrections from this same rounded value, so glyph positions come out exactly as the frames say.
    /// Only reads (the widths are known from <see cref="Add"/>), so pages may be formatted on several threads.
    /// </summary>
    public int PdfWidth(ushort glyphId)
    {
        var width = pdfWidths[glyphId];
        return width != NoWidth ? width : throw new InvalidOperationException($"Glyph {glyphId} of {Font.PostScriptName} was drawn but never registered.");
    }
}
