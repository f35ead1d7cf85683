using System.Globalization;
using System.Text;
using Publish.Pdf.Syntax;
using Publish.Typesetting.Frames;

namespace Publish.Pdf.Fonts;

/// <summary>
/// Writes one used font as a composite font (§9.7): Type0 with Identity-H encoding and a ToUnicode map, over a
/// CIDFontType2 (TrueType, /FontFile2) or CIDFontType0 (CFF-flavoured OpenType, /FontFile3 /Subtype /OpenType)
/// descendant whose program is the hb_subset subset. Character codes are glyph ids (Identity-H), and because
/// the subset retains glyph ids, CID = GID holds for both flavours, except for the alias codes of a TrueType
/// font (a glyph drawn with a second text, see <see cref="FontUsage"/>), which a /CIDToGIDMap stream sends
/// back to their glyph.
/// </summary>
internal static class FontEmbedder
{
    /// <summary>Font descriptor flags (§9.8.2): symbolic, because the glyphs are addressed by id, not by a Latin encoding.</summary>
    private const int FixedPitchFlag = 1, SerifFlag = 2, SymbolicFlag = 4, ItalicFlag = 64;

    public static void Write(PdfObjectTable table, int type0Id, FontUsage usage)
    {
        var font = usage.Font;
        // Codes are read once: the used glyph ids (ascending, code = id) come first, aliases after them.
        var codes = usage.Codes;
        var glyphs = codes.Where(code => code.Code == code.Glyph).Select(code => code.Glyph).ToList();
        var program = Subset(font, glyphs);
        var baseFont = PdfFormat.Name(SubsetTag.For(font.PostScriptName, glyphs) + "+" + font.PostScriptName);

        int cidFontId = table.Reserve(), descriptorId = table.Reserve(), programId = table.Reserve(), toUnicodeId = table.Reserve();
        var gidMapId = usage.HasAliases ? table.Reserve() : 0;

        table.WriteObject(type0Id,
            $"<< /Type /Font /Subtype /Type0 /BaseFont {baseFont} /Encoding /Identity-H " +
            $"/DescendantFonts [{PdfObjectTable.Reference(cidFontId)}] /ToUnicode {PdfObjectTable.Reference(toUnicodeId)} >>");

        var subtype = font.IsCff ? "/CIDFontType0" : "/CIDFontType2";
        var gidMap = font.IsCff ? string.Empty
            : usage.HasAliases ? " /CIDToGIDMap " + PdfObjectTable.Reference(gidMapId)
            : " /CIDToGIDMap /Identity";
        table.WriteObject(cidFontId,
            $"<< /Type /Font /Subtype {subtype} /BaseFont {baseFont} " +
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> " +
            $"/FontDescriptor {PdfObjectTable.Reference(descriptorId)} /W {WidthArray(usage, codes)}{gidMap} >>");
        if (usage.HasAliases)
        {
            table.WriteStream(gidMapId, string.Empty, CidToGidMap(codes), compress: true);
        }

        var fileKey = font.IsCff ? "/FontFile3" : "/FontFile2";
        table.WriteObject(descriptorId, Descriptor(font, baseFont, fileKey, programId));

        if (font.IsCff)
        {
            table.WriteStream(programId, "/Subtype /OpenType", program, compress: true);
        }
        else
        {
            table.WriteStream(programId, "/Length1 " + PdfFormat.Integer(program.Length), program, compress: true);
        }

        table.WriteStream(toUnicodeId, string.Empty, Encoding.ASCII.GetBytes(ToUnicodeCMapBuilder.Build(codes.Select(code => KeyValuePair.Create(code.Code, code.Text)))), compress: true);
    }

    /// <summary>
    /// The font program cut to the used glyphs. HarfBuzz refuses to subset a font whose tables it cannot parse
    /// (a damaged GSUB or GPOS that shaping quietly ignored): that is the font's fault, not ours, so it is raised
    /// as damaged input, which the engine reports as a coded error for the manuscript rather than an internal error.
    /// </summary>
    private static byte[] Subset(FontResource font, List<ushort> glyphs)
    {
        try
        {
            return FontSubsetting.FontSubsetter.SubsetGlyphs(font.Data, font.FaceIndex, glyphs);
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidDataException(
                $"the font '{font.PostScriptName}' cannot be embedded: HarfBuzz cannot subset it, so one of its tables (often GSUB or GPOS) is damaged; replace the font file ({e.Message})", e);
        }
    }

    /// <summary>The /W array, consecutive glyph ids grouped: <c>[3 [600 520] 17 [250]]</c>.</summary>
    private static string WidthArray(FontUsage usage, IReadOnlyList<(ushort Code, ushort Glyph, string Text)> codes)
    {
        var builder = new StringBuilder("[");
        var previous = -2;
        foreach (var (glyph, shown, _) in codes)
        {
            if (glyph != previous + 1)
            {
                if (previous >= 0)
                {
                    builder.Append("] ");
                }

                builder.Append(glyph.ToString(CultureInfo.InvariantCulture)).Append(" [");
            }
            else
            {
                builder.Append(' ');
            }

            builder.Append(usage.PdfWidth(shown).ToString(CultureInfo.InvariantCulture));
            previous = glyph;
        }

        if (previous >= 0)
        {
            builder.Append(']');
        }

        return builder.Append(']').ToString();
    }

    /// <summary>
    /// The /CIDToGIDMap stream (§9.7.4.2): two big-endian bytes per CID from 0 to the last code, each CID's glyph id;
    /// codes that are glyph ids map to themselves, so only the alias codes differ from /Identity.
    /// </summary>
    private static byte[] CidToGidMap(IReadOnlyList<(ushort Code, ushort Glyph, string Text)> codes)
    {
        var last = codes[^1].Code;
        var map = new byte[(last + 1) * 2];
        for (var cid = 0; cid <= last; cid++)
        {
            map[cid * 2] = (byte)(cid >> 8);
            map[(cid * 2) + 1] = (byte)cid;
        }

        foreach (var (code, glyph, _) in codes)
        {
            map[code * 2] = (byte)(glyph >> 8);
            map[(code * 2) + 1] = (byte)glyph;
        }

        return map;
    }

    private static string Descriptor(FontResource font, string baseFont, string fileKey, int programId)
    {
        var m = font.Metrics;
        string Scaled(int units) => PdfFormat.Number(Math.Round(units * 1000.0 / font.UnitsPerEm));
        var flags = SymbolicFlag
            | (m.IsFixedPitch ? FixedPitchFlag : 0)
            | (m.IsSerif ? SerifFlag : 0)
            | (m.IsItalic ? ItalicFlag : 0);

        // StemV is required but not in the font tables; the usual estimate from the weight is good enough
        // for viewers, which only use it when substituting a missing font (ours are always embedded).
        var stemV = m.IsBold ? 140 : 80;
        return $"<< /Type /FontDescriptor /FontName {baseFont} /Flags {PdfFormat.Integer(flags)} " +
            $"/FontBBox [{Scaled(m.BoundingBoxLeft)} {Scaled(m.BoundingBoxBottom)} {Scaled(m.BoundingBoxRight)} {Scaled(m.BoundingBoxTop)}] " +
            $"/ItalicAngle {PdfFormat.Number(m.ItalicAngle)} /Ascent {Scaled(m.Ascender)} /Descent {Scaled(m.Descender)} " +
            $"/CapHeight {Scaled(m.CapHeight)} /XHeight {Scaled(m.XHeight)} /StemV {PdfFormat.Integer(stemV)} " +
            $"{fileKey} {PdfObjectTable.Reference(programId)} >>";
    }
}
