using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Publish.Typesetting.Frames;

/// <summary>
/// A recorded run's glyphs left as the bytes of its record and decoded on first access (issue 20, incremental books): a
/// rebuilt book takes most of its pages' content streams as recorded, and decoding the glyphs of its unchanged articles
/// (a million structs) was most of the rebuild. The record also holds what a writer needs without the glyphs: their
/// digest (<see cref="Digest"/>, the same value as for glyphs in memory) and each (glyph, text) pair once (<see cref="Uses"/>).
/// <para>
/// A run's section: its length (int32), the digest (32 bytes), the number of pairs (int32), each pair (glyph id, the
/// text's index, 7-bit encoded), then each glyph (id, x as its bits, the text's index shifted left once with the low bit
/// set when y is not +0, 7-bit encoded, then y's bits when set). Texts are indexes into the record's table of texts.
/// </para>
/// </summary>
public sealed class DeferredGlyphs
{
    private const int DigestSize = 32;

    private readonly byte[] _bytes;
    private readonly int _digestAt;
    private readonly int _usesAt;
    private readonly int _usesCount;
    private readonly int _glyphsAt;
    private readonly string[] _texts;
    private PositionedGlyph[]? _decoded;

    private DeferredGlyphs(byte[] bytes, int digestAt, int usesAt, int usesCount, int glyphsAt, int length, string[] texts)
    {
        _bytes = bytes;
        _digestAt = digestAt;
        _usesAt = usesAt;
        _usesCount = usesCount;
        _glyphsAt = glyphsAt;
        _texts = texts;
        Length = length;
    }

    public int Length { get; }

    /// <summary>False until something needed the glyphs themselves.</summary>
    public bool IsDecoded => Volatile.Read(ref _decoded) is not null;

    /// <summary>See <see cref="PositionedGlyphs.WriteDigest"/>; recorded when the run was.</summary>
    public ReadOnlySpan<byte> Digest => _bytes.AsSpan(_digestAt, DigestSize);

    public GlyphUses Uses => new(_bytes, _usesAt, _usesCount, _texts);

    /// <summary>The glyphs, decoded once (threads that ask at the same time may both decode; one array is kept).</summary>
    public PositionedGlyph[] Glyphs
    {
        get
        {
            if (Volatile.Read(ref _decoded) is { } decoded)
            {
                return decoded;
            }

            var glyphs = Decode();
            return Interlocked.CompareExchange(ref _decoded, glyphs, null) ?? glyphs;
        }
    }

    /// <summary>
    /// The SHA-256 of the glyphs' ids, positions (by their bits) and texts (length, then UTF-16 code units), in order:
    /// equal digests mean equal glyphs, whether they are in memory or recorded.
    /// </summary>
    public static void ComputeDigest(ReadOnlySpan<PositionedGlyph> glyphs, Span<byte> destination)
    {
        // One hash per thread, reset by GetHashAndReset: a page's new runs (its bands, a changed article's words) each ask.
        var hash = t_digestHash ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> buffer = stackalloc byte[4096];
        var length = 0;
        foreach (var glyph in glyphs)
        {
            var text = MemoryMarshal.AsBytes(glyph.Text.AsSpan());
            if (length + 22 + text.Length > buffer.Length)
            {
                hash.AppendData(buffer[..length]);
                length = 0;
            }

            BinaryPrimitives.WriteUInt16LittleEndian(buffer[length..], glyph.GlyphId);
            BinaryPrimitives.WriteInt64LittleEndian(buffer[(length + 2)..], BitConverter.DoubleToInt64Bits(glyph.X));
            BinaryPrimitives.WriteInt64LittleEndian(buffer[(length + 10)..], BitConverter.DoubleToInt64Bits(glyph.Y));
            BinaryPrimitives.WriteInt32LittleEndian(buffer[(length + 18)..], glyph.Text.Length);
            length += 22;
            if (text.Length > buffer.Length - length)
            {
                hash.AppendData(buffer[..length]);
                hash.AppendData(text);
                length = 0;
            }
            else
            {
                text.CopyTo(buffer[length..]);
                length += text.Length;
            }
        }

        hash.AppendData(buffer[..length]);
        hash.GetHashAndReset(destination);
    }

    /// <summary>Writes the run's section (see the class), naming texts by <paramref name="textIndex"/>.</summary>
    public static void Write(BinaryWriter writer, PositionedGlyphs glyphs, Func<string, int> textIndex)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(textIndex);
        // A book records a run per word or so: the section's buffer and the pairs' list are kept per thread, not made per run.
        var scratch = t_scratch ??= new WriteScratch();
        var (section, body, uses) = (scratch.Section, scratch.Body, scratch.Uses);
        section.SetLength(0);
        Span<byte> digest = stackalloc byte[DigestSize];
        glyphs.WriteDigest(digest);
        body.Write(digest);
        glyphs.Uses.DistinctInto(uses);
        body.Write(uses.Count);
        foreach (var use in uses)
        {
            body.Write(use.GlyphId);
            body.Write7BitEncodedInt(textIndex(use.Text));
        }

        foreach (var glyph in glyphs.Span)
        {
            var y = BitConverter.DoubleToInt64Bits(glyph.Y);
            body.Write(glyph.GlyphId);
            body.Write(glyph.X);
            body.Write7BitEncodedInt(checked((textIndex(glyph.Text) << 1) | (y != 0 ? 1 : 0)));
            if (y != 0)
            {
                body.Write(y);
            }
        }

        body.Flush();
        writer.Write(checked((int)section.Length));
        writer.Write(section.GetBuffer(), 0, (int)section.Length);
    }

    /// <summary>
    /// The run of <paramref name="length"/> glyphs whose section starts at <paramref name="at"/> in
    /// <paramref name="bytes"/> (not written after this call), checked through to its end so a record that does not
    /// hold what <see cref="Write"/> wrote throws <see cref="InvalidDataException"/> here, never when the glyphs are
    /// decoded later; <paramref name="at"/> is moved past it.
    /// </summary>
    /// <param name="limit">Where the record ends in <paramref name="bytes"/> (its length when omitted).</param>
    public static PositionedGlyphs Read(byte[] bytes, ref int at, int length, string[] texts, int? limit = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(texts);
        try
        {
            var size = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at));
            var end = checked(at + 4 + size);
            if (size < DigestSize + 4 || end > (limit ?? bytes.Length) || length < 0)
            {
                throw new InvalidDataException("a recorded glyph run of an impossible size");
            }

            var digestAt = at + 4;
            var usesCount = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(digestAt + DigestSize));
            var usesAt = digestAt + DigestSize + 4;
            var position = usesAt;
            for (var i = 0; i < usesCount; i++)
            {
                position += 2;
                Text(ReadIndex(bytes, ref position), texts);
            }

            var glyphsAt = position;
            for (var i = 0; i < length; i++)
            {
                position += 10;
                var text = ReadIndex(bytes, ref position);
                Text(text >> 1, texts);
                position += (text & 1) * 8;
            }

            if (position != end || usesCount < 0)
            {
                throw new InvalidDataException("a recorded glyph run that does not end where its length says");
            }

            at = end;
            return new PositionedGlyphs(new DeferredGlyphs(bytes, digestAt, usesAt, usesCount, glyphsAt, length, texts));
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException or OverflowException)
        {
            throw new InvalidDataException("a recorded glyph run cut short", e);
        }
    }

    /// <summary>A 7-bit encoded index (as <see cref="BinaryWriter.Write7BitEncodedInt(int)"/> writes it) at <paramref name="at"/>, which moves past it.</summary>
    internal static int ReadIndex(byte[] bytes, ref int at)
    {
        var value = 0;
        for (var shift = 0; ; shift += 7)
        {
            if (shift > 28)
            {
                throw new InvalidDataException("a recorded text index is too long");
            }

            var b = bytes[at++];
            value |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }

    private static string Text(int index, string[] texts) =>
        (uint)index < (uint)texts.Length ? texts[index] : throw new InvalidDataException("a recorded glyph names a text the record does not have");

    [ThreadStatic]
    private static WriteScratch? t_scratch;

    [ThreadStatic]
    private static IncrementalHash? t_digestHash;

    private PositionedGlyph[] Decode()
    {
        var glyphs = new PositionedGlyph[Length];
        var bytes = _bytes.AsSpan();
        var at = _glyphsAt;
        for (var i = 0; i < glyphs.Length; i++)
        {
            var id = BinaryPrimitives.ReadUInt16LittleEndian(bytes[at..]);
            var x = BinaryPrimitives.ReadDoubleLittleEndian(bytes[(at + 2)..]);
            at += 10;
            var text = ReadIndex(_bytes, ref at);
            var y = 0.0;
            if ((text & 1) != 0)
            {
                y = BinaryPrimitives.ReadDoubleLittleEndian(bytes[at..]);
                at += 8;
            }

            glyphs[i] = new PositionedGlyph(id, x, y, _texts[text >> 1]);
        }

        return glyphs;
    }

    /// <summary>What <see cref="Write"/> reuses on one thread: a section's bytes, their writer and the run's pairs.</summary>
    private sealed class WriteScratch
    {
        public WriteScratch() => Body = new BinaryWriter(Section, System.Text.Encoding.UTF8, leaveOpen: true);

        public MemoryStream Section { get; } = new();

        public BinaryWriter Body { get; }

        public List<GlyphUse> Uses { get; } = [];
    }
}
