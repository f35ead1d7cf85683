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
/// text's index, 7-bit encoded), then where the run's glyphs start in the record's <see cref="GlyphTail"/> and how many
/// bytes they take (int32 each). There each glyph is its id, x as its bits, the text's index shifted left once with the
/// low bit set when y is not +0, 7-bit encoded, then y's bits when set. Texts are indexes into the record's table of texts.
/// The glyphs are in the tail, not the section, so a rebuild that formats no page of a record never reads them.
/// </para>
/// </summary>
public sealed class DeferredGlyphs
{
    private const int DigestSize = 32;

    private readonly byte[] _bytes;
    private readonly int _digestAt;
    private readonly int _usesAt;
    private readonly int _usesCount;
    private readonly GlyphTail _tail;
    private readonly int _glyphsAt;
    private readonly int _glyphsEnd;
    private readonly string[] _texts;
    private PositionedGlyph[]? _decoded;

    private DeferredGlyphs(byte[] bytes, int digestAt, int usesAt, int usesCount, GlyphTail tail, int glyphsAt, int glyphsEnd, int length, string[] texts)
    {
        _bytes = bytes;
        _digestAt = digestAt;
        _usesAt = usesAt;
        _usesCount = usesCount;
        _tail = tail;
        _glyphsAt = glyphsAt;
        _glyphsEnd = glyphsEnd;
        _texts = texts;
        Length = length;
    }

    public int Length { get; }

    /// <summary>False until something needed the glyphs themselves.</summary>
    public bool IsDecoded => Volatile.Read(ref _decoded) is not null;

    /// <summary>See <see cref="PositionedGlyphs.WriteDigest"/>; recorded when the run was.</summary>
    public ReadOnlySpan<byte> Digest => _bytes.AsSpan(_digestAt, DigestSize);

    public GlyphUses Uses => new(_bytes, _usesAt, _usesCount, _texts);

    /// <summary>
    /// The glyphs, decoded once (threads that ask at the same time may both decode; one array is kept); the record's
    /// tail is loaded by the first run of it decoded.
    /// </summary>
    /// <exception cref="RecordedGlyphsUnreadableException">The tail cannot be loaded or does not hold the run's glyphs.</exception>
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

    /// <summary>
    /// Writes the run's section (see the class) to <paramref name="writer"/> and its glyphs to the end of
    /// <paramref name="tail"/>, naming texts by <paramref name="textIndex"/>.
    /// </summary>
    public static void Write(BinaryWriter writer, BinaryWriter tail, PositionedGlyphs glyphs, Func<string, int> textIndex)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(tail);
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

        tail.Flush();
        var glyphsAt = checked((int)tail.BaseStream.Position);
        foreach (var glyph in glyphs.Span)
        {
            var y = BitConverter.DoubleToInt64Bits(glyph.Y);
            tail.Write(glyph.GlyphId);
            tail.Write(glyph.X);
            tail.Write7BitEncodedInt(checked((textIndex(glyph.Text) << 1) | (y != 0 ? 1 : 0)));
            if (y != 0)
            {
                tail.Write(y);
            }
        }

        tail.Flush();
        body.Write(glyphsAt);
        body.Write(checked((int)tail.BaseStream.Position - glyphsAt));
        body.Flush();
        writer.Write(checked((int)section.Length));
        writer.Write(section.GetBuffer(), 0, (int)section.Length);
    }

    /// <summary>
    /// The run of <paramref name="length"/> glyphs whose section starts at <paramref name="at"/> in
    /// <paramref name="bytes"/> (not written after this call), its glyphs in <paramref name="tail"/>. The section is
    /// checked through to its end, so a record that does not hold what <see cref="Write"/> wrote throws
    /// <see cref="InvalidDataException"/> here; the glyphs themselves are checked when decoded. <paramref name="at"/> is
    /// moved past the section.
    /// </summary>
    /// <param name="limit">Where the record ends in <paramref name="bytes"/> (its length when omitted).</param>
    public static PositionedGlyphs Read(byte[] bytes, ref int at, int length, string[] texts, GlyphTail tail, int? limit = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(tail);
        try
        {
            var size = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at));
            var end = checked(at + 4 + size);
            if (size < DigestSize + 12 || end > (limit ?? bytes.Length) || length < 0)
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

            var glyphsAt = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(position));
            var glyphsLength = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(position + 4));
            position += 8;
            if (position != end || usesCount < 0)
            {
                throw new InvalidDataException("a recorded glyph run that does not end where its length says");
            }

            // Each glyph takes 11 bytes at least and 27 at most (a text index of at most 5 bytes, then y).
            if (glyphsAt < 0 || glyphsLength < 11L * length || glyphsLength > 27L * length || (long)glyphsAt + glyphsLength > tail.Length)
            {
                throw new InvalidDataException("a recorded glyph run whose glyphs lie outside its record");
            }

            at = end;
            return new PositionedGlyphs(new DeferredGlyphs(bytes, digestAt, usesAt, usesCount, tail, glyphsAt, glyphsAt + glyphsLength, length, texts));
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
        var bytes = _tail.Bytes;
        try
        {
            var glyphs = new PositionedGlyph[Length];
            var at = _glyphsAt;
            for (var i = 0; i < glyphs.Length; i++)
            {
                var id = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at, 2));
                var x = BinaryPrimitives.ReadDoubleLittleEndian(bytes.AsSpan(at + 2, 8));
                at += 10;
                var text = ReadIndex(bytes, ref at);
                var y = 0.0;
                if ((text & 1) != 0)
                {
                    y = BinaryPrimitives.ReadDoubleLittleEndian(bytes.AsSpan(at, 8));
                    at += 8;
                }

                glyphs[i] = new PositionedGlyph(id, x, y, Text(text >> 1, _texts));
            }

            return at == _glyphsEnd ? glyphs : throw new InvalidDataException("a recorded glyph run that does not end where its section says");
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            throw new RecordedGlyphsUnreadableException("a recorded glyph run does not hold what its record says", e);
        }
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
