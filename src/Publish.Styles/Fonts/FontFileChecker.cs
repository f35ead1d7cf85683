using System.Buffers.Binary;
using System.Globalization;
using Publish.Model.Input;

namespace Publish.Styles.Fonts;

/// <summary>
/// Decides, before any page is set, whether a font file named by a style can be used: a TrueType or OpenType
/// font (or the first font of a collection) whose tables all lie inside the file, with glyphs, a Unicode
/// character map, horizontal metrics and outlines, and whose licence bits allow the subset embedding both
/// editions do. Why here: HarfBuzz accepts almost anything (a damaged table simply reads as empty) and the
/// build would then set a book in .notdef boxes or stop deep inside the PDF writer; checked at load time,
/// the problem is reported at the style file's line that names the file. Never throws for bad input.
/// </summary>
public static class FontFileChecker
{
    /// <summary>
    /// 64 MiB: the largest fonts in real use (a pan-CJK collection, ~20–40 MB) fit, while a wrong path to a
    /// disk image or video is refused before it is read into memory (each font is held once per build).
    /// </summary>
    public const long MaxFontFileBytes = 64L * 1024 * 1024;

    private const uint HeadMagic = 0x5F0F3CF5;

    public static FontFileVerdict Check(string path) => Read(path, out var font) ?? Check(font!.Bytes);

    /// <summary>
    /// The font file's content, shared with the build's later readers of it (<see cref="SharedInputFiles"/>), in
    /// <paramref name="font"/>; or the verdict on a file that cannot be read (and a null <paramref name="font"/>).
    /// </summary>
    internal static FontFileVerdict? Read(string path, out SharedInputFile? font)
    {
        font = null;
        try
        {
            // Through InputFile: a FIFO or /dev/zero named as a font must neither block nor fill the memory.
            font = SharedInputFiles.Read(path, MaxFontFileBytes, "font file");
            return null;
        }
        catch (InputFileException refused)
        {
            return refused.Problem switch
            {
                InputFileProblem.TooLarge => new(FontFileProblem.TooLarge, refused.Message + " (is it really a font?)"),
                InputFileProblem.NotRegular => new(FontFileProblem.NotRegularFile, refused.Message),
                _ => new(FontFileProblem.Damaged, $"it cannot be read: {refused.Message}"),
            };
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new(FontFileProblem.Damaged, "it cannot be read: input/output error");
        }
    }

    public static FontFileVerdict Check(ReadOnlySpan<byte> font)
    {
        if (font.Length > MaxFontFileBytes)
        {
            return new(FontFileProblem.TooLarge, string.Create(CultureInfo.InvariantCulture, $"it is {font.Length:N0} bytes; a font file may have at most {MaxFontFileBytes:N0}"));
        }

        var directory = SfntDirectory.Read(font);
        if (directory.Problem is { } problem)
        {
            return Damaged(directory.NotAFont ? $"it is not a font: {problem}" : problem);
        }

        var damage = CheckHead(font, directory) ?? CheckGlyphs(font, directory, out var glyphs) ?? CheckMetrics(font, directory)
            ?? CheckOutlines(font, directory, glyphs) ?? CheckCharacterMap(font, directory);
        if (damage is not null)
        {
            return Damaged(damage);
        }

        if (directory.Find("OS/2") is { } os2)
        {
            // fsType is at offset 8 of every version of the table.
            if (os2.Length < 10)
            {
                return Damaged("its OS/2 table is too short to hold the licence bits (fsType)");
            }

            if (EmbeddingPermission.Forbids(U16(font, os2.Offset + 8)) is { } forbidden)
            {
                return new(FontFileProblem.EmbeddingForbidden, forbidden);
            }
        }

        return FontFileVerdict.Usable;
    }

    private static FontFileVerdict Damaged(string reason) => new(FontFileProblem.Damaged, reason);

    private static string? CheckHead(ReadOnlySpan<byte> font, SfntDirectory directory)
    {
        if (directory.Find("head") is not { Length: >= 54 } head)
        {
            return "it has no font header ('head' table) or a damaged one";
        }

        // HarfBuzz ignores a head table of another major version or without the magic number.
        if (U16(font, head.Offset) != 1 || U32(font, head.Offset + 12) != HeadMagic)
        {
            return "its font header ('head' table) lacks the OpenType version or magic number: the file is damaged";
        }

        var unitsPerEm = U16(font, head.Offset + 18);
        return unitsPerEm is < 16 or > 16384
            ? string.Create(CultureInfo.InvariantCulture, $"its font header gives {unitsPerEm} units per em (OpenType allows 16–16384)")
            : null;
    }

    private static string? CheckGlyphs(ReadOnlySpan<byte> font, SfntDirectory directory, out int glyphs)
    {
        glyphs = 0;
        if (directory.Find("maxp") is not { Length: >= 6 } maxp)
        {
            return "it has no glyph count ('maxp' table)";
        }

        // Version 0.5 (CFF outlines) is 6 bytes, 1.0 (TrueType) 32; HarfBuzz reads no glyphs from any other.
        var version = U32(font, maxp.Offset);
        if (!(version == 0x00005000 || (version == 0x00010000 && maxp.Length >= 32)))
        {
            return "its glyph count ('maxp' table) has an unknown version: the file is damaged";
        }

        glyphs = U16(font, maxp.Offset + 4);

        // Glyph 0 is .notdef, the box drawn for a missing character: a font needs at least one glyph besides it.
        return glyphs <= 1 ? "it contains no glyphs" : null;
    }

    private static string? CheckMetrics(ReadOnlySpan<byte> font, SfntDirectory directory)
    {
        if (directory.Find("hhea") is not { Length: >= 36 } hhea || directory.Find("hmtx") is not { } hmtx)
        {
            return "it has no horizontal metrics ('hhea' and 'hmtx' tables), so no glyph has a width";
        }

        var metrics = U16(font, hhea.Offset + 34);
        return metrics == 0 || hmtx.Length < metrics * 4L
            ? "its horizontal metrics ('hmtx' table) are shorter than its header says: the file is damaged"
            : null;
    }

    private static string? CheckOutlines(ReadOnlySpan<byte> font, SfntDirectory directory, int glyphs)
    {
        if (directory.Find("CFF ") is { Length: > 4 } || directory.Find("CFF2") is { Length: > 4 })
        {
            return null;
        }

        if (directory.Find("glyf") is not { } || directory.Find("loca") is not { } loca)
        {
            return "it has no glyph outlines ('glyf' or 'CFF' table): a bitmap-only or colour-bitmap font cannot be set in print";
        }

        // loca holds glyphs + 1 offsets, 2 or 4 bytes each as head.indexToLocFormat says.
        var head = directory.Find("head")!.Value;
        var entry = U16(font, head.Offset + 50) == 0 ? 2L : 4L;
        return loca.Length < (glyphs + 1) * entry
            ? "its glyph locations ('loca' table) are shorter than its glyph count needs: the file is damaged"
            : null;
    }

    /// <summary>
    /// A Unicode subtable (platform 0, or Windows symbol/BMP/full) of a format that maps characters, lying
    /// inside the cmap table, and for the usual formats 4 and 12 mapping at least one character.
    /// </summary>
    private static string? CheckCharacterMap(ReadOnlySpan<byte> font, SfntDirectory directory)
    {
        if (directory.Find("cmap") is not { Length: >= 4 } cmap)
        {
            return "it has no character map ('cmap' table), so no character can be found in it";
        }

        var table = font.Slice((int)cmap.Offset, (int)cmap.Length);
        var records = BinaryPrimitives.ReadUInt16BigEndian(table[2..]);
        for (var i = 0; i < records && 4 + ((i + 1) * 8) <= table.Length; i++)
        {
            var record = table[(4 + (i * 8))..];
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            if ((platform != 0 && !(platform == 3 && encoding is 0 or 1 or 10)) || offset + 8L > table.Length)
            {
                continue;
            }

            if (MapsCharacters(table[(int)offset..]))
            {
                return null;
            }
        }

        return "its character map ('cmap' table) has no usable Unicode subtable, so no character can be found in it";
    }

    private static bool MapsCharacters(ReadOnlySpan<byte> subtable)
    {
        var format = BinaryPrimitives.ReadUInt16BigEndian(subtable);
        switch (format)
        {
            case 0 or 2 or 6:
                return BinaryPrimitives.ReadUInt16BigEndian(subtable[2..]) <= subtable.Length;
            case 4:
            {
                // Segments end with the mandatory 0xFFFF one, so a single segment maps nothing. The length
                // field is not trusted: large subtables overflow its 16 bits, and HarfBuzz reads what is there.
                if (subtable.Length < 14)
                {
                    return false;
                }

                var segments = BinaryPrimitives.ReadUInt16BigEndian(subtable[6..]) / 2;
                return segments > 1 && 16 + (segments * 8) <= subtable.Length;
            }

            case 10 or 12 or 13:
            {
                // 32-bit formats: the length at offset 4; format 10 counts characters at 16 (2 bytes each),
                // 12 and 13 count groups at 12 (12 bytes each).
                var header = format == 10 ? 20 : 16;
                if (subtable.Length < header)
                {
                    return false;
                }

                var length = BinaryPrimitives.ReadUInt32BigEndian(subtable[4..]);
                var count = BinaryPrimitives.ReadUInt32BigEndian(subtable[(format == 10 ? 16 : 12)..]);
                var entry = format == 10 ? 2L : 12L;
                return length <= subtable.Length && count > 0 && header + (count * entry) <= length;
            }

            default:
                return false;
        }
    }

    private static int U16(ReadOnlySpan<byte> font, long offset) =>
        offset + 2 <= font.Length ? BinaryPrimitives.ReadUInt16BigEndian(font[(int)offset..]) : 0;

    private static uint U32(ReadOnlySpan<byte> font, long offset) =>
        offset + 4 <= font.Length ? BinaryPrimitives.ReadUInt32BigEndian(font[(int)offset..]) : 0;
}
