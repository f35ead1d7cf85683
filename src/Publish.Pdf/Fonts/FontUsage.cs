using Publish.Typesetting.Frames;

namespace Publish.Pdf.Fonts;

/// <summary>
/// What one <see cref="FontResource"/> contributes to the document: its resource name (/F1, /F2… in order of
/// first use), the glyphs drawn with it and, per character code, the text it stands for. Under Identity-H a
/// glyph is shown by its own id (CID = GID), and the first non-empty text seen for it becomes that code's
/// ToUnicode entry. A glyph drawn later with a different non-empty text (the hyphen glyph as a real "-" and as
/// a hyphen the line breaker added, whose text is U+00AD; one glyph shared by two characters) gets an alias
/// code past the last used glyph id, which the font's /CIDToGIDMap sends back to the same glyph and the
/// ToUnicode map to its own text, so every glyph extracts as what it stands for. Codes are given in the
/// frames' order, so the output is deterministic. CFF-flavoured descendants have no /CIDToGIDMap (their CIDs
/// are glyph ids), so there the first text still wins.
/// Glyph ids are 16-bit, so the per-glyph tables are flat arrays indexed by id: every glyph of a 400-page
/// book passes through <see cref="Add(GlyphUse)"/> and <see cref="PdfWidth"/>, and a tree lookup there cost more than
/// writing the pages.
/// </summary>
internal sealed class FontUsage
{
    private const int NoWidth = int.MinValue;

    /// <summary>Enough for most text faces; the tables grow (to the 16-bit glyph space at most) when a higher glyph id is added.</summary>
    private const int FirstCapacity = 4096;

    // Indexed by glyph id, as long as the highest id added needs: a book has a usage per face, and tables for all 65,536
    // ids (830 KB, zeroed and filled) were a good part of the memory a rebuilt book's writer touched.
    private string?[] glyphText = new string?[FirstCapacity];
    private int[] pdfWidths = NewWidths(FirstCapacity);
    private bool[] hasAlias = new bool[FirstCapacity];
    private readonly Dictionary<(ushort Glyph, string Text), int> aliasIndex = [];
    private readonly List<(ushort Glyph, string Text)> aliases = [];
    private int lastGlyph = -1;

    public FontUsage(FontResource font, string resourceName)
    {
        Font = font;
        ResourceName = resourceName;
    }

    public FontResource Font { get; }

    public string ResourceName { get; }

    /// <summary>True when some glyph is shown through an alias code, so the font needs a /CIDToGIDMap stream.</summary>
    public bool HasAliases => aliases.Count > 0 && lastGlyph + aliases.Count < ushort.MaxValue;

    /// <summary>
    /// Every character code the content streams use, in ascending order, with the glyph it shows and the text it
    /// extracts as: the used glyph ids (code = glyph id), then the alias codes after the last of them.
    /// </summary>
    public IReadOnlyList<(ushort Code, ushort Glyph, string Text)> Codes
    {
        get
        {
            // The used glyph ids ascending, each shown by its own id with its first text ("" when it only continues a cluster).
            var codes = new List<(ushort Code, ushort Glyph, string Text)>();
            for (var id = 0; id < glyphText.Length; id++)
            {
                if (glyphText[id] is { } text)
                {
                    codes.Add(((ushort)id, (ushort)id, text));
                }
            }

            for (var i = 0; HasAliases && i < aliases.Count; i++)
            {
                codes.Add(((ushort)(lastGlyph + 1 + i), aliases[i].Glyph, aliases[i].Text));
            }

            return codes;
        }
    }

    /// <summary>
    /// Registers a glyph drawn with the font (with its text and its /W width); before any page is written.
    /// Alias codes are numbered from the last used glyph id only when all glyphs are known (<see cref="Code(GlyphUse)"/>),
    /// so a higher glyph id met later never collides with one; in the unlikely case that they would pass the
    /// 16-bit code space, no alias is used and the first text wins, as in a CFF font.
    /// </summary>
    /// <remarks>
    /// Adding a (glyph, text) pair a second time, whatever was added between, changes nothing: so a run may give each
    /// pair once (<see cref="GlyphUses"/> of a recorded run) instead of every glyph, and the codes come out the same.
    /// </remarks>
    public void Add(PositionedGlyph glyph) => Add(new GlyphUse(glyph.GlyphId, glyph.Text));

    /// <inheritdoc cref="Add(PositionedGlyph)"/>
    public void Add(GlyphUse glyph)
    {
        if (glyph.GlyphId >= glyphText.Length)
        {
            Grow(glyph.GlyphId);
        }

        var known = glyphText[glyph.GlyphId];
        if (known is null || (known.Length == 0 && glyph.Text.Length > 0))
        {
            glyphText[glyph.GlyphId] = glyph.Text;
        }
        else if (glyph.Text.Length > 0 && !string.Equals(known, glyph.Text, StringComparison.Ordinal) && !Font.IsCff
            && !aliasIndex.ContainsKey((glyph.GlyphId, glyph.Text)))
        {
            hasAlias[glyph.GlyphId] = true;
            aliasIndex.Add((glyph.GlyphId, glyph.Text), aliases.Count);
            aliases.Add((glyph.GlyphId, glyph.Text));
        }

        lastGlyph = Math.Max(lastGlyph, glyph.GlyphId);
        if (pdfWidths[glyph.GlyphId] == NoWidth)
        {
            pdfWidths[glyph.GlyphId] = (int)Math.Round(Font.GlyphAdvance(glyph.GlyphId) * 1000.0 / Font.UnitsPerEm, MidpointRounding.AwayFromZero);
        }
    }

    /// <summary>
    /// The character code that shows the glyph with its own text: its glyph id, or the alias code given to that
    /// glyph and text. Only reads (every glyph is registered before pages are written), so thread-safe.
    /// </summary>
    public ushort Code(PositionedGlyph glyph) => Code(new GlyphUse(glyph.GlyphId, glyph.Text));

    /// <inheritdoc cref="Code(PositionedGlyph)"/>
    public ushort Code(GlyphUse glyph)
    {
        // The flag keeps the text's hash off the path of every glyph but the few that have an alias.
        if (glyph.GlyphId >= hasAlias.Length || !hasAlias[glyph.GlyphId] || !HasAliases || glyph.Text.Length == 0 || !aliasIndex.TryGetValue((glyph.GlyphId, glyph.Text), out var index))
        {
            return glyph.GlyphId;
        }

        return (ushort)(lastGlyph + 1 + index);
    }

    /// <summary>
    /// The glyph's width as written to the /W array, in thousandths of an em. Content streams compute their
    /// TJ corrections from this same rounded value, so glyph positions come out exactly as the frames say.
    /// Only reads (the widths are known from <see cref="Add(GlyphUse)"/>), so pages may be formatted on several threads.
    /// </summary>
    public int PdfWidth(ushort glyphId)
    {
        var width = glyphId < pdfWidths.Length ? pdfWidths[glyphId] : NoWidth;
        return width != NoWidth ? width : throw new InvalidOperationException($"Glyph {glyphId} of {Font.PostScriptName} was drawn but never registered.");
    }

    private static int[] NewWidths(int length)
    {
        var widths = new int[length];
        Array.Fill(widths, NoWidth);
        return widths;
    }

    /// <summary>The tables made long enough for <paramref name="glyphId"/>: doubled, to the 16-bit glyph space at most.</summary>
    private void Grow(ushort glyphId)
    {
        var length = Math.Min(ushort.MaxValue + 1, Math.Max(glyphId + 1, glyphText.Length * 2));
        Array.Resize(ref glyphText, length);
        Array.Resize(ref hasAlias, length);
        var widths = NewWidths(length);
        pdfWidths.CopyTo(widths, 0);
        pdfWidths = widths;
    }
}
