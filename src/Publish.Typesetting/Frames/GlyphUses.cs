using System.Buffers.Binary;

namespace Publish.Typesetting.Frames;

/// <summary>
/// The (glyph, text) pairs of a run, each at least once, in the order they first occur: all of its glyphs when they are
/// in memory, each pair once from the record when they are still bytes (<see cref="DeferredGlyphs"/>), so a writer learns
/// what a font must hold without decoding the glyphs. Enumerated without allocating.
/// </summary>
public readonly struct GlyphUses
{
    private readonly PositionedGlyph[]? _glyphs;
    private readonly byte[]? _bytes;
    private readonly string[]? _texts;
    private readonly int _start;
    private readonly int _count;

    internal GlyphUses(PositionedGlyph[]? glyphs, int start, int count)
    {
        _glyphs = glyphs;
        _start = start;
        _count = count;
    }

    internal GlyphUses(byte[] bytes, int start, int count, string[] texts)
    {
        _bytes = bytes;
        _start = start;
        _count = count;
        _texts = texts;
    }

    /// <summary>Pairs seen in <see cref="DistinctInto"/>, one set per thread (pages are keyed on several at once).</summary>
    [ThreadStatic]
    private static HashSet<GlyphUse>? t_seen;

    /// <summary>
    /// Each pair once, in the order they first occur, into <paramref name="into"/> (cleared first): what a run's record
    /// holds and a page's key takes, the same sequence whether the glyphs are in memory or still bytes.
    /// </summary>
    public void DistinctInto(List<GlyphUse> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        into.Clear();
        if (_bytes is not null)
        {
            // Recorded once each already.
            foreach (var use in this)
            {
                into.Add(use);
            }

            return;
        }

        var seen = t_seen ??= [];
        seen.Clear();
        foreach (var use in this)
        {
            if (seen.Add(use))
            {
                into.Add(use);
            }
        }
    }

    public Enumerator GetEnumerator() => new(this);

    /// <summary>Reads the pairs off the glyph array or the record's bytes (glyph id, then the text's index as in <see cref="DeferredGlyphs"/>).</summary>
    public ref struct Enumerator
    {
        private readonly GlyphUses _uses;
        private int _index;
        private int _at;

        internal Enumerator(GlyphUses uses)
        {
            _uses = uses;
            _index = -1;
            _at = uses._start;
        }

        public GlyphUse Current { get; private set; }

        public bool MoveNext()
        {
            if (++_index >= _uses._count)
            {
                return false;
            }

            if (_uses._glyphs is { } glyphs)
            {
                var glyph = glyphs[_uses._start + _index];
                Current = new GlyphUse(glyph.GlyphId, glyph.Text);
                return true;
            }

            var bytes = _uses._bytes!;
            var id = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(_at));
            _at += 2;
            Current = new GlyphUse(id, _uses._texts![DeferredGlyphs.ReadIndex(bytes, ref _at)]);
            return true;
        }
    }
}
