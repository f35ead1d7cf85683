using System.Collections.Immutable;

namespace Publish.Model.Pages;

/// <summary>
/// The print edition's page breaks as plain data, in reading order. The engine hands it from the
/// typesetter to the EPUB writer (page-list, pagebreak markers), so the EPUB never references layout.
/// </summary>
public sealed record PrintPageMap(ImmutableArray<PageStart> Pages)
{
    public static PrintPageMap Empty { get; } = new([]);
}
