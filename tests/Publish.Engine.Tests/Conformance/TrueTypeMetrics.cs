using System.Buffers.Binary;
using System.Text;

namespace Publish.Engine.Tests.Conformance;

/// <summary>
/// The few TrueType tables the width clause needs (OpenType spec: head.unitsPerEm, hhea.numberOfHMetrics, hmtx,
/// maxp.numGlyphs), read straight from the embedded program so the check does not trust the writer's shaping library.
/// </summary>
internal sealed class TrueTypeMetrics
{
    private readonly ushort[] _advances;

    private TrueTypeMetrics(int unitsPerEm, int glyphCount, ushort[] advances)
    {
        UnitsPerEm = unitsPerEm;
        GlyphCount = glyphCount;
        _advances = advances;
    }

    public int UnitsPerEm { get; }

    public int GlyphCount { get; }

    /// <summary>Glyphs past the last long metric share its advance (OpenType hmtx).</summary>
    public int Advance(int glyph) => _advances.Length == 0 ? 0 : _advances[Math.Min(glyph, _advances.Length - 1)];

    public static TrueTypeMetrics? Read(byte[] font)
    {
        if (font.Length < 12)
        {
            return null;
        }

        var tables = new Dictionary<string, (int Offset, int Length)>(StringComparer.Ordinal);
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < count && 12 + (16 * i) + 16 <= font.Length; i++)
        {
            var record = font.AsSpan(12 + (16 * i));
            tables[Encoding.ASCII.GetString(record[..4])] = ((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
        }

        if (!tables.TryGetValue("head", out var head) || !tables.TryGetValue("hhea", out var hhea) || !tables.TryGetValue("hmtx", out var hmtx) ||
            !tables.TryGetValue("maxp", out var maxp) || head.Offset + 20 > font.Length || hhea.Offset + 36 > font.Length || maxp.Offset + 6 > font.Length)
        {
            return null;
        }

        var unitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(head.Offset + 18));
        var metrics = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(hhea.Offset + 34));
        var glyphs = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(maxp.Offset + 4));
        var advances = new ushort[Math.Min(metrics, Math.Max(0, (font.Length - hmtx.Offset) / 4))];
        for (var g = 0; g < advances.Length; g++)
        {
            advances[g] = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(hmtx.Offset + (4 * g)));
        }

        return unitsPerEm == 0 ? null : new TrueTypeMetrics(unitsPerEm, glyphs, advances);
    }
}
