namespace Publish.Epub.Content;

/// <summary>
/// Walks one block's page breaks while its inlines are written. <see cref="Position"/> counts characters as
/// <see cref="Publish.Model.PlainText"/> does with note markers, which is how anchors are measured.
/// </summary>
internal sealed class BreakCursor(IReadOnlyList<PageBreak> breaks)
{
    private int _next;

    public int Position { get; set; }

    /// <summary>The next break if it falls at or before <paramref name="offset"/>.</summary>
    public PageBreak? NextAtOrBefore(int offset) =>
        _next < breaks.Count && breaks[_next].Offset <= offset ? breaks[_next] : null;

    public void Advance() => _next++;

    public IEnumerable<PageBreak> Remaining()
    {
        while (_next < breaks.Count)
        {
            yield return breaks[_next++];
        }
    }
}
