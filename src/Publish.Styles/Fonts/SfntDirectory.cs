using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Publish.Styles.Fonts;

/// <summary>
/// The table directory of the font a file holds (the first font of a collection, the one HarfBuzz's face
/// index 0 and the PDF writer use), read with every offset checked against the file length. Either
/// <see cref="Tables"/> is set and every table lies wholly inside the file, or <see cref="Problem"/> says why not.
/// </summary>
internal sealed class SfntDirectory
{
    /// <summary>Real fonts have 10–40 tables; a count far above that is a damaged header, not a font.</summary>
    private const int MaxTables = 512;

    private SfntDirectory(IReadOnlyList<SfntTable> tables, string? problem, bool notAFont)
    {
        Tables = tables;
        Problem = problem;
        NotAFont = notAFont;
    }

    public IReadOnlyList<SfntTable> Tables { get; }

    /// <summary>Why the directory cannot be used, or null.</summary>
    public string? Problem { get; }

    /// <summary>True when the file is not an sfnt at all (as opposed to a damaged one).</summary>
    public bool NotAFont { get; }

    public static SfntDirectory Read(ReadOnlySpan<byte> file)
    {
        if (file.Length < 12)
        {
            return Failed(string.Create(CultureInfo.InvariantCulture, $"it is {file.Length} bytes long, too short for a font header (12 bytes)"), notAFont: true);
        }

        var tag = BinaryPrimitives.ReadUInt32BigEndian(file);
        long directory = 0;
        switch (tag)
        {
            case 0x00010000 or 0x4F54544F /* OTTO */ or 0x74727565 /* true */:
                break;
            case 0x74746366 /* ttcf */:
                // A collection: a header with the offsets of its fonts' directories; face index 0 is the one set.
                var fonts = BinaryPrimitives.ReadUInt32BigEndian(file[8..]);
                if (fonts == 0 || file.Length < 16)
                {
                    return Failed("it is a font collection (.ttc) that holds no font");
                }

                directory = BinaryPrimitives.ReadUInt32BigEndian(file[12..]);
                if (directory + 12 > file.Length)
                {
                    return Failed(string.Create(CultureInfo.InvariantCulture, $"the first font of the collection starts at byte {directory}, past the end of the {file.Length}-byte file: the file is truncated"));
                }

                var inner = BinaryPrimitives.ReadUInt32BigEndian(file[(int)directory..]);
                if (inner is not (0x00010000 or 0x4F54544F or 0x74727565))
                {
                    return Failed("the first font of the collection does not start like a TrueType or OpenType font");
                }

                break;
            case 0x774F4646 /* wOFF */ or 0x774F4632 /* wOF2 */:
                return Failed("it is a WOFF web font, which neither edition can embed; use the TrueType or OpenType file (.ttf, .otf) it was made from", notAFont: true);
            default:
                return Failed($"it does not start like a TrueType or OpenType font (its first bytes are {Describe(file[..4])})", notAFont: true);
        }

        var count = BinaryPrimitives.ReadUInt16BigEndian(file[(int)(directory + 4)..]);
        if (count is 0 or > MaxTables)
        {
            return Failed(string.Create(CultureInfo.InvariantCulture, $"its header claims {count} tables"));
        }

        var recordsEnd = directory + 12 + (count * 16L);
        if (recordsEnd > file.Length)
        {
            return Failed(string.Create(CultureInfo.InvariantCulture, $"its table directory ({count} tables) runs past the end of the {file.Length}-byte file: the file is truncated"));
        }

        var tables = new List<SfntTable>(count);
        uint previousTag = 0;
        for (var i = 0; i < count; i++)
        {
            var record = file[(int)(directory + 12 + (i * 16))..];

            // OpenType requires ascending tags, and HarfBuzz finds tables by binary search: out of order, it
            // misses tables that are there (and may then read the font as having no glyphs).
            var tagValue = BinaryPrimitives.ReadUInt32BigEndian(record);
            if (i > 0 && tagValue <= previousTag)
            {
                return Failed("its table directory is not in ascending tag order, as OpenType requires: the file is damaged");
            }

            previousTag = tagValue;
            var table = new SfntTable(
                Encoding.Latin1.GetString(record[..4]),
                BinaryPrimitives.ReadUInt32BigEndian(record[8..]),
                BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
            tables.Add(table);
        }

        var last = tables.MaxBy(t => t.End);
        if (last.End > file.Length)
        {
            return Failed(string.Create(CultureInfo.InvariantCulture, $"its tables reach byte {last.End:N0} ('{last.Tag.TrimEnd()}'), past the end of the {file.Length:N0}-byte file: the file is truncated or damaged"));
        }

        return new SfntDirectory(tables, null, notAFont: false);
    }

    /// <summary>The table with <paramref name="tag"/> (four characters, space-padded), or null.</summary>
    public SfntTable? Find(string tag)
    {
        foreach (var table in Tables)
        {
            if (string.Equals(table.Tag, tag, StringComparison.Ordinal))
            {
                return table;
            }
        }

        return null;
    }

    private static SfntDirectory Failed(string problem, bool notAFont = false) => new([], problem, notAFont);

    /// <summary>Hex and, when printable, the ASCII reading: "3C 21 44 4F ('&lt;!DO')" says "an HTML page" at a glance.</summary>
    private static string Describe(ReadOnlySpan<byte> bytes)
    {
        var hex = Convert.ToHexString(bytes);
        var spaced = string.Join(' ', Enumerable.Range(0, bytes.Length).Select(i => hex.Substring(i * 2, 2)));
        var printable = bytes.ToArray().All(b => b is >= 0x20 and < 0x7F);
        return printable ? $"{spaced} ('{Encoding.ASCII.GetString(bytes)}')" : spaced;
    }
}
