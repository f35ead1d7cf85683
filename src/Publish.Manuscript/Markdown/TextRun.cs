using System.Text;

namespace Publish.Manuscript.Markdown;

/// <summary>
/// Adjacent Markdig literals merged into one model text run. Keeps, for every piece, where it starts in the run
/// and in the source, and whether it came from a backslash escape, so that a literal <c>[^label]</c> left by
/// Markdig (an undefined note) can be located exactly — and an escaped <c>\[^label]</c> is not mistaken for one.
/// <see cref="Raw"/> is the run before typographic refinement (same length as the source text it covers).
/// </summary>
internal sealed class TextRun
{
    private readonly StringBuilder _display = new();
    private readonly StringBuilder _raw = new();
    private readonly List<TextRunPiece> _pieces = [];

    public bool IsEmpty => _display.Length == 0;

    public int FirstSourceOffset => _pieces.Count > 0 ? _pieces[0].SourceOffset : 0;

    public string Display => _display.ToString();

    public string Raw => _raw.ToString();

    public IReadOnlyList<TextRunPiece> Pieces => _pieces;

    public void Append(string display, string raw, int sourceOffset, bool escaped)
    {
        if (display.Length == 0 && raw.Length == 0)
        {
            return;
        }

        _pieces.Add(new TextRunPiece(_raw.Length, sourceOffset, escaped));
        _display.Append(display);
        _raw.Append(raw);
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
        _display.Clear();
        _raw.Clear();
        _pieces.Clear();
    }
}
