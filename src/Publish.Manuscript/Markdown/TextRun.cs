using System.Buffers;

namespace Publish.Manuscript.Markdown;

/// <summary>
/// Adjacent Markdig literals merged into one model text run. Keeps, for every piece, where it starts in the run
/// and in the source, and whether it came from a backslash escape, so that a literal <c>[^label]</c> left by
/// Markdig (an undefined note) can be located exactly — and an escaped <c>\[^label]</c> is not mistaken for one.
/// <see cref="Raw"/> is the run before typographic refinement (same length as the source text it covers).
/// A run is reused after <see cref="Clear"/>: its buffers keep their capacity instead of regrowing per paragraph.
/// </summary>
internal sealed class TextRun
{
    private readonly ArrayBufferWriter<char> _display = new();
    private readonly ArrayBufferWriter<char> _raw = new();
    private readonly List<TextRunPiece> _pieces = [];

    public bool IsEmpty => _display.WrittenCount == 0;

    public int FirstSourceOffset => _pieces.Count > 0 ? _pieces[0].SourceOffset : 0;

    public string Display => new(_display.WrittenSpan);

    public ReadOnlySpan<char> Raw => _raw.WrittenSpan;

    public void Append(ReadOnlySpan<char> display, ReadOnlySpan<char> raw, int sourceOffset, bool escaped)
    {
        if (display.IsEmpty && raw.IsEmpty)
        {
            return;
        }

        _pieces.Add(new TextRunPiece(_raw.WrittenCount, sourceOffset, escaped));
        _display.Write(display);
        _raw.Write(raw);
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

        _pieces.Add(new TextRunPiece(_raw.WrittenCount, sourceOffset, escaped));
        _display.Write(display);
        _raw.GetSpan(sourceLength)[..sourceLength].Fill(' ');
        _raw.Advance(sourceLength);
    }

    /// <summary>The piece covering raw index <paramref name="index"/>.</summary>
    public TextRunPiece PieceAt(int index)
    {
        var found = _pieces[0];
        foreach (var piece in _pieces)
        {
            if (piece.RawIndex > index)
            {
                break;
            }

            found = piece;
        }

        return found;
    }

    public void Clear()
    {
        _display.ResetWrittenCount();
        _raw.ResetWrittenCount();
        _pieces.Clear();
    }
}
