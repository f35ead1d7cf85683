namespace Publish.Model.Inlines;

/// <summary>
/// One cite of a citation as the author wrote it (Pandoc's syntax): the item's <see cref="Key"/>, the words before
/// and after it, the <see cref="Locator"/> with its CSL <see cref="Label"/> ("page", "chapter"; empty for none)
/// and whether the author's name is left out (<c>-@key</c>).
/// </summary>
public sealed record CitedItem(string Key)
{
    public string Prefix { get; init; } = "";

    public string Suffix { get; init; } = "";

    public string Locator { get; init; } = "";

    public string Label { get; init; } = "";

    public bool SuppressAuthor { get; init; }
}
