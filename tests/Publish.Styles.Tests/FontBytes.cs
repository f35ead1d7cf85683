using System.Buffers.Binary;
using System.Text;

namespace Publish.Styles.Tests;

/// <summary>
/// Hostile fonts made from a shipped one, in memory: truncated, with its licence bits changed, with a table
/// hidden or a field overwritten. Nothing here is committed as a font file; tests write copies to a temp folder.
/// The table directory is read here on its own (not through the checker), so the two cannot share a mistake.
/// </summary>
internal static class FontBytes
{
    public static string ShippedPath(string file) => Path.Combine(StyleFixture.StylesDirectory, "fonts", file);

    public static byte[] NotoSerif() => File.ReadAllBytes(ShippedPath("NotoSerif-Regular.ttf"));

    /// <summary>Offset and length of the table <paramref name="tag"/> in a single (non-collection) font.</summary>
    public static (int Offset, int Length, int Record) Table(byte[] font, string tag)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var record = 12 + (i * 16);
            if (Encoding.ASCII.GetString(font, record, 4) == tag)
            {
                return ((int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 8)), (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 12)), record);
            }
        }

        throw new InvalidOperationException($"no {tag} table");
    }

    /// <summary>Where the last table's bytes end: cutting anywhere before it loses part of a table.</summary>
    public static int EndOfTables(byte[] font)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        return Enumerable.Range(0, count)
            .Select(i => 12 + (i * 16))
            .Max(record => (int)(BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 8)) + BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 12))));
    }

    public static byte[] WithFsType(byte[] font, int fsType)
    {
        var copy = (byte[])font.Clone();
        BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(Table(copy, "OS/2").Offset + 8), (ushort)fsType);
        return copy;
    }

    public static int FsType(byte[] font) => BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(Table(font, "OS/2").Offset + 8));

    /// <summary>
    /// The font with a table's tag changed in its last letter (cmap → cmaq), so readers no longer find it
    /// while the directory stays in the ascending tag order OpenType requires.
    /// </summary>
    public static byte[] WithTableHidden(byte[] font, string tag)
    {
        var copy = (byte[])font.Clone();
        copy[Table(copy, tag).Record + 3]++;
        return copy;
    }

    public static byte[] WithUInt16(byte[] font, string tag, int offsetInTable, int value)
    {
        var copy = (byte[])font.Clone();
        BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(Table(copy, tag).Offset + offsetInTable), (ushort)value);
        return copy;
    }

    /// <summary>A one-font collection (.ttc): a 16-byte header, then the font with every table offset moved by 16.</summary>
    public static byte[] AsCollection(byte[] font, uint? firstFontOffset = null)
    {
        const int header = 16;
        var collection = new byte[header + font.Length];
        "ttcf"u8.CopyTo(collection);
        BinaryPrimitives.WriteUInt32BigEndian(collection.AsSpan(4), 0x00010000);
        BinaryPrimitives.WriteUInt32BigEndian(collection.AsSpan(8), 1);
        BinaryPrimitives.WriteUInt32BigEndian(collection.AsSpan(12), firstFontOffset ?? header);
        font.CopyTo(collection, header);
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var offsetField = collection.AsSpan(header + 12 + (i * 16) + 8);
            BinaryPrimitives.WriteUInt32BigEndian(offsetField, BinaryPrimitives.ReadUInt32BigEndian(offsetField) + header);
        }

        return collection;
    }
}
