namespace Publish.Epub.Content;

/// <summary>
/// The package's page list as it is written: the markers in reading order (the <c>page-list</c> nav) and the ids
/// handed out to pages. A book's articles each have their own page map (<see cref="PageBreakIndex"/>) over this one
/// list, so the nav has one flat list in reading order and a page id stays unique in the whole package.
/// </summary>
internal sealed class PageList
{
    private readonly List<PageTarget> _written = [];

    public IReadOnlyList<PageTarget> Written => _written;

    /// <summary>Every page id given out, written or not.</summary>
    public HashSet<string> TakenIds { get; } = new(StringComparer.Ordinal);

    public void Add(PageTarget target) => _written.Add(target);
}
