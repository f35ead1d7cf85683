namespace Publish.Typesetting.Frames;

/// <summary>
/// Where a record keeps its runs' glyphs (issue 20, incremental books): apart from what a rebuild reads of every record
/// (the runs' digests and (glyph, text) pairs, in <see cref="DeferredGlyphs"/>' sections), because a rebuild takes most
/// pages' content streams as recorded and never needs the glyphs themselves, and reading them was most of reading a
/// record. Loaded at most once, on the first run decoded; a tail that cannot be loaded any more (its file changed on
/// disk since the record was read) makes every decoding of it throw <see cref="RecordedGlyphsUnreadableException"/>.
/// </summary>
public sealed class GlyphTail
{
    private readonly Lazy<byte[]> _bytes;

    /// <summary>A tail in memory (a record written and read back at once, tests).</summary>
    public GlyphTail(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        Length = bytes.Length;
        _bytes = new Lazy<byte[]>(bytes);
    }

    /// <param name="length">How many bytes <paramref name="load"/> will give (the record says; sections are checked against it).</param>
    /// <param name="load">Reads and checks the bytes; throws <see cref="RecordedGlyphsUnreadableException"/> when it cannot.</param>
    public GlyphTail(int length, Func<byte[]> load)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentNullException.ThrowIfNull(load);
        Length = length;
        _bytes = new Lazy<byte[]>(() =>
        {
            var bytes = load();
            return bytes.Length == length ? bytes : throw new RecordedGlyphsUnreadableException("the recorded glyphs are not as long as their record says");
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public int Length { get; }

    /// <summary>The bytes, loaded on the first call (a failure is the same exception on every call).</summary>
    public byte[] Bytes => _bytes.Value;
}
