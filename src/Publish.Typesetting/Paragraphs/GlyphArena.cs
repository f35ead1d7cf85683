using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Paragraphs;

/// <summary>
/// Hands out the glyph arrays of set lines as slices of large shared blocks. A book's glyphs are tens of
/// megabytes that all live until the PDF is written; as one small array per run each was copied by the
/// collector as it aged, which made collections the largest part of the layout's time. Blocks this size go
/// to the large object heap, which is never compacted by those collections. Belongs to one typesetter, hence one thread.
/// </summary>
internal sealed class GlyphArena
{
    /// <summary>128 KiB of glyphs: above the large-object threshold (85,000 bytes).</summary>
    private const int BlockGlyphs = 4096;

    private PositionedGlyph[] _block = [];
    private int _used;

    /// <summary>Room for <paramref name="count"/> glyphs; the caller fills it once and never writes it again.</summary>
    public (PositionedGlyph[] Array, int Start) Allocate(int count)
    {
        if (count > BlockGlyphs / 4)
        {
            // A very long run gets its own array rather than leaving most of a block unused.
            return (new PositionedGlyph[count], 0);
        }

        if (_block.Length - _used < count)
        {
            _block = new PositionedGlyph[BlockGlyphs];
            _used = 0;
        }

        var start = _used;
        _used += count;
        return (_block, start);
    }
}
