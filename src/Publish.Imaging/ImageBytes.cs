using Microsoft.Win32.SafeHandles;

namespace Publish.Imaging;

/// <summary>
/// Random access to the bytes of an image under inspection through one small window, so that checking a photo
/// reads its header (and, for a JPEG, its last bytes) instead of the whole file. An image given in memory is
/// its own window. <see cref="Slice"/> hands out a view of the window, valid until the next read.
/// </summary>
internal sealed class ImageBytes : IByteSource
{
    /// <summary>Large enough for the headers of ordinary photos (a JPEG's tables, a PNG's first chunks) in one read.</summary>
    internal const int FileWindowBytes = 16 * 1024;

    private readonly SafeFileHandle? _file;
    private readonly byte[] _window;
    private long _windowStart;
    private int _windowLength;

    private ImageBytes(SafeFileHandle? file, byte[] window, long length, int windowLength)
    {
        _file = file;
        _window = window;
        Length = length;
        _windowLength = windowLength;
    }

    public long Length { get; }

    /// <summary>The most bytes one <see cref="Slice"/> can return; longer ranges are walked piece by piece.</summary>
    public int MaxSlice => _window.Length;

    public static ImageBytes InMemory(byte[] bytes) => new(null, bytes, bytes.Length, bytes.Length);

    /// <summary>A window over an open file of <paramref name="length"/> bytes; the caller owns and closes the file.</summary>
    public static ImageBytes Over(SafeFileHandle file, long length) => new(file, new byte[FileWindowBytes], length, 0);

    public byte this[long offset] => Slice(offset, 1)[0];

    /// <summary>The <paramref name="count"/> bytes at <paramref name="offset"/>; the caller keeps within <see cref="Length"/> and <see cref="MaxSlice"/>.</summary>
    public ReadOnlySpan<byte> Slice(long offset, int count)
    {
        if (offset < _windowStart || offset + count > _windowStart + _windowLength)
        {
            Fill(offset, count);
        }

        return _window.AsSpan((int)(offset - _windowStart), count);
    }

    public bool StartsWith(ReadOnlySpan<byte> prefix) => Length >= prefix.Length && Slice(0, prefix.Length).SequenceEqual(prefix);

    public bool EndsWith(long from, ReadOnlySpan<byte> suffix) =>
        Length - from >= suffix.Length && Slice(Length - suffix.Length, suffix.Length).SequenceEqual(suffix);

    /// <summary>Whether <paramref name="pattern"/> occurs at or after <paramref name="from"/>, read window by window.</summary>
    public bool Contains(long from, ReadOnlySpan<byte> pattern)
    {
        var start = from;
        while (Length - start >= pattern.Length)
        {
            var piece = Slice(start, (int)Math.Min(MaxSlice, Length - start));
            if (piece.IndexOf(pattern) >= 0)
            {
                return true;
            }

            // The next piece starts early enough to see an occurrence split across the two pieces.
            start += piece.Length - pattern.Length + 1;
        }

        return false;
    }

    private void Fill(long offset, int count)
    {
        if (_file is null || count > _window.Length || offset + count > Length)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), "the inspector read outside the image");
        }

        var wanted = (int)Math.Min(_window.Length, Length - offset);
        var filled = 0;
        while (filled < wanted)
        {
            var read = RandomAccess.Read(_file, _window.AsSpan(filled, wanted - filled), offset + filled);
            if (read == 0)
            {
                _windowLength = 0;
                throw new IOException("the file became shorter while it was read");
            }

            filled += read;
        }

        _windowStart = offset;
        _windowLength = filled;
    }
}
