namespace Publish.Manuscript.Markdown;

/// <summary>
/// Adjacent Markdig literals merged into one model text run. Keeps, for every piece, where it starts in the run
/// and in the source, and whether it came from a backslash escape, so that a literal <c>[^label]</c> left by
/// Markdig (an undefined note) can be located exactly — and an escaped <c>\[^label]</c> is not mistaken for one.
/// <see cref="Raw"/> is the run before typographic refinement (same length as the source text it covers).
/// A run is reused after <see cref="Clear"/>: its buffers keep their capacity instead of regrowing per paragraph.
/// The buffers are plain arrays, not generic collections over this project's types, so that all of this code
/// is compiled ahead of time (a build reads one manuscript, so code the JIT compiles first runs unoptimised).
/// </summary>
internal sealed class TextRun
{
    private char[] _display = new char[256];
    private char[] _raw = new char[256];
    private TextRunPiece[] _pieces = new TextRunPiece[16];
    private int _displayLength;
    private int _rawLength;
    private int _pieceCount;

    public bool IsEmpty => _displayLength == 0;

    public int FirstSourceOffset => _pieceCount > 0 ? _pieces[0].SourceOffset : 0;

    public string Display => new(_display, 0, _displayLength);

    public ReadOnlySpan<char> Raw => new(_raw, 0, _rawLength);

    public void Append(ReadOnlySpan<char> display, ReadOnlySpan<char> raw, int sourceOffset, bool escaped)
    {
        if (display.IsEmpty && raw.IsEmpty)
        {
            return;
        }

        AddPiece(sourceOffset, escaped);
        display.CopyTo(Room(ref _display, _displayLength, display.Length));
        _displayLength += display.Length;
        raw.CopyTo(Room(ref _raw, _rawLength, raw.Length));
        _rawLength += raw.Length;
    }

    /// <summary>
    /// A piece whose raw text is <paramref name="sourceLength"/> spaces: a typographic substitution or a kept
    /// note marker, which must never read as (part of) a note reference.
    /// </summary>
    public void AppendBlanked(ReadOnlySpan<char> display, int sourceLength, int sourceOffset, bool escaped)
    {
        if (display.IsEmpty && sourceLength == 0)
        {
            return;
        }

        AddPiece(sourceOffset, escaped);
        display.CopyTo(Room(ref _display, _displayLength, display.Length));
        _displayLength += display.Length;
        var blank = Room(ref _raw, _rawLength, sourceLength);
        for (var i = 0; i < blank.Length; i++)
        {
            blank[i] = ' ';
        }

        _rawLength += sourceLength;
    }

    /// <summary>The piece covering raw index <paramref name="index"/>.</summary>
    public TextRunPiece PieceAt(int index)
    {
        var found = _pieces[0];
        for (var i = 1; i < _pieceCount && _pieces[i].RawIndex <= index; i++)
        {
            found = _pieces[i];
        }

        return found;
    }

    public void Clear()
    {
        _displayLength = 0;
        _rawLength = 0;
        _pieceCount = 0;
    }

    private void AddPiece(int sourceOffset, bool escaped)
    {
        if (_pieceCount == _pieces.Length)
        {
            var larger = new TextRunPiece[_pieces.Length * 2];
            _pieces.CopyTo(larger, 0);
            _pieces = larger;
        }

        _pieces[_pieceCount++] = new TextRunPiece(_rawLength, sourceOffset, escaped);
    }

    /// <summary>The <paramref name="count"/> characters after <paramref name="length"/> used ones, growing the buffer if they do not fit.</summary>
    private static Span<char> Room(ref char[] buffer, int length, int count)
    {
        if (length + count > buffer.Length)
        {
            var larger = new char[Math.Max(buffer.Length * 2, length + count)];
            buffer.AsSpan(0, length).CopyTo(larger);
            buffer = larger;
        }

        return buffer.AsSpan(length, count);
    }
}
