using Publish.Manuscript.Input;
using Publish.Model;

namespace Publish.Manuscript.Legacy;

/// <summary>
/// Text assembled from one or more pieces of the manuscript (the lines of a paragraph, or two paragraphs
/// joined across a page break), remembering where each piece starts in the source so any character can be
/// traced back to its line and column. Invariant: <c>_starts</c> is sorted by text index and its first entry
/// is at index 0.
/// </summary>
internal sealed class MappedText
{
    private readonly List<(int TextIndex, int SourceOffset)> _starts;

    private MappedText(string text, List<(int TextIndex, int SourceOffset)> starts)
    {
        Text = text;
        _starts = starts;
    }

    public string Text { get; }

    public static MappedText FromSource(string text, int sourceOffset) => new(text, [(0, sourceOffset)]);

    /// <summary>The source offset of character <paramref name="index"/> of <see cref="Text"/>.</summary>
    public int SourceOffsetAt(int index)
    {
        // Binary search for the last piece starting at or before index (a paragraph may have many lines).
        int low = 0, high = _starts.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (_starts[middle].TextIndex <= index)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        var piece = _starts[low];
        return piece.SourceOffset + (index - piece.TextIndex);
    }

    public SourceSpan SpanAt(ManuscriptText source, int index) => source.SpanAt(SourceOffsetAt(Math.Max(0, index)));

    /// <summary>The pieces in order with <paramref name="separator"/> between them, each keeping its source positions (linear time).</summary>
    public static MappedText Join(string separator, IReadOnlyList<MappedText> pieces)
    {
        var text = new System.Text.StringBuilder();
        var starts = new List<(int, int)>();
        foreach (var piece in pieces)
        {
            if (text.Length > 0 || starts.Count > 0)
            {
                text.Append(separator);
            }

            var offset = text.Length;
            starts.AddRange(piece._starts.Select(s => (s.TextIndex + offset, s.SourceOffset)));
            text.Append(piece.Text);
        }

        return new MappedText(text.ToString(), starts.Count > 0 ? starts : [(0, 0)]);
    }

    /// <summary>This text, <paramref name="separator"/>, then <paramref name="other"/>, each keeping its source positions.</summary>
    public MappedText Append(string separator, MappedText other)
    {
        var offset = Text.Length + separator.Length;
        var starts = new List<(int, int)>(_starts);
        starts.AddRange(other._starts.Select(s => (s.TextIndex + offset, s.SourceOffset)));
        return new MappedText(Text + separator + other.Text, starts);
    }

    /// <summary>The characters from <paramref name="start"/> on, keeping their source positions.</summary>
    public MappedText Substring(int start)
    {
        var starts = new List<(int, int)> { (0, SourceOffsetAt(start)) };
        starts.AddRange(_starts.Where(s => s.TextIndex > start).Select(s => (s.TextIndex - start, s.SourceOffset)));
        return new MappedText(Text[start..], starts);
    }

    /// <summary>Without leading and trailing white space.</summary>
    public MappedText Trim()
    {
        var start = 0;
        while (start < Text.Length && char.IsWhiteSpace(Text[start]))
        {
            start++;
        }

        var trimmed = Substring(start);
        var end = trimmed.Text.Length;
        while (end > 0 && char.IsWhiteSpace(trimmed.Text[end - 1]))
        {
            end--;
        }

        return new MappedText(trimmed.Text[..end], trimmed._starts.Where(s => s.TextIndex <= end).ToList());
    }
}
