using System.Buffers.Binary;
using System.Text;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Fonts;

/// <summary>
/// Reads the few fields of <c>head</c>, <c>hhea</c>, <c>OS/2</c>, <c>post</c> and <c>name</c> the PDF font
/// descriptor needs, straight from the font file bytes (HarfBuzzSharp wraps none of them). Offsets are
/// those of the OpenType specification; a missing table leaves its fields at neutral defaults.
/// </summary>
internal static class OpenTypeTableReader
{
    public static bool HasTable(ReadOnlySpan<byte> font, string tag) => FindTable(font, tag).Length > 0;

    public static FontMetrics ReadMetrics(ReadOnlySpan<byte> font, string postScriptName)
    {
        var head = FindTable(font, "head");
        var hhea = FindTable(font, "hhea");
        var os2 = FindTable(font, "OS/2");
        var post = FindTable(font, "post");

        int bboxLeft = I16(head, 36), bboxBottom = I16(head, 38), bboxRight = I16(head, 40), bboxTop = I16(head, 42);
        int macStyle = U16(head, 44);
        int ascender = I16(hhea, 4), descender = I16(hhea, 6);
        int fsSelection = U16(os2, 62);
        int os2Version = U16(os2, 0);
        int xHeight = os2Version >= 2 ? I16(os2, 86) : 0;
        int capHeight = os2Version >= 2 ? I16(os2, 88) : 0;
        int familyClass = os2.Length > 31 ? os2[30] : 0;
        double italicAngle = post.Length >= 8 ? BinaryPrimitives.ReadInt32BigEndian(post[4..]) / 65536.0 : 0;
        bool fixedPitch = post.Length >= 16 && BinaryPrimitives.ReadUInt32BigEndian(post[12..]) != 0;

        // IBM family classes 1–5 and 7 are serif designs; many fonts leave the class at 0, so the name decides then.
        bool isSerif = familyClass is >= 1 and <= 5 or 7
            || (familyClass == 0 && postScriptName.Contains("Serif", StringComparison.Ordinal) && !postScriptName.Contains("Sans", StringComparison.Ordinal));
        bool isItalic = (fsSelection & 1) != 0 || (macStyle & 2) != 0;
        bool isBold = (fsSelection & 32) != 0 || (macStyle & 1) != 0;

        if (capHeight == 0)
        {
            capHeight = (int)(ascender * 0.7);
        }

        if (xHeight == 0)
        {
            xHeight = (int)(ascender * 0.5);
        }

        return new FontMetrics(ascender, descender, capHeight, xHeight, bboxLeft, bboxBottom, bboxRight, bboxTop,
            italicAngle, isSerif, isItalic, isBold, fixedPitch);
    }

    /// <summary>Name ID 6 (PostScript name), Windows UTF-16BE record first, then Macintosh Roman.</summary>
    public static string? ReadPostScriptName(ReadOnlySpan<byte> font)
    {
        var name = FindTable(font, "name");
        if (name.Length < 6)
        {
            return null;
        }

        int count = U16(name, 2), stringOffset = U16(name, 4);
        string? mac = null;
        for (int i = 0; i < count; i++)
        {
            var record = 6 + (i * 12);
            if (record + 12 > name.Length)
            {
                break;
            }

            int platform = U16(name, record), nameId = U16(name, record + 6);
            int length = U16(name, record + 8), offset = U16(name, record + 10);
            if (nameId != 6 || stringOffset + offset + length > name.Length)
            {
                continue;
            }

            var bytes = name.Slice(stringOffset + offset, length);
            if (platform is 3 or 0)
            {
                return Encoding.BigEndianUnicode.GetString(bytes);
            }

            if (platform == 1)
            {
                mac = Encoding.ASCII.GetString(bytes);
            }
        }

        return mac;
    }

    private static ReadOnlySpan<byte> FindTable(ReadOnlySpan<byte> font, string tag)
    {
        if (font.Length < 12)
        {
            return [];
        }

        // A collection (.ttc) starts with the offsets of its fonts' directories; face 0 is the one set and embedded.
        long directory = font[..4].SequenceEqual("ttcf"u8) && font.Length >= 16 ? BinaryPrimitives.ReadUInt32BigEndian(font[12..]) : 0;
        if (directory + 12 > font.Length)
        {
            return [];
        }

        int numTables = U16(font, (int)directory + 4);
        for (int i = 0; i < numTables; i++)
        {
            var record = (int)directory + 12 + (i * 16);
            if (record + 16 > font.Length)
            {
                break;
            }

            if (font[record] == tag[0] && font[record + 1] == tag[1] && font[record + 2] == tag[2] && font[record + 3] == tag[3])
            {
                long offset = BinaryPrimitives.ReadUInt32BigEndian(font[(record + 8)..]);
                long length = BinaryPrimitives.ReadUInt32BigEndian(font[(record + 12)..]);
                return offset + length <= font.Length ? font.Slice((int)offset, (int)length) : [];
            }
        }

        return [];
    }

    private static int U16(ReadOnlySpan<byte> table, int offset) =>
        offset + 2 <= table.Length ? BinaryPrimitives.ReadUInt16BigEndian(table[offset..]) : 0;

    private static int I16(ReadOnlySpan<byte> table, int offset) =>
        offset + 2 <= table.Length ? BinaryPrimitives.ReadInt16BigEndian(table[offset..]) : 0;
}
