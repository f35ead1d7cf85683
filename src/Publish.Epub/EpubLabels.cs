namespace Publish.Epub;

/// <summary>
/// The few words the writer adds itself (headings of generated parts, navigation labels), so the
/// integrator can give them in the document's language.
/// </summary>
public sealed record EpubLabels
{
    public string Contents { get; init; } = "Contents";

    public string Landmarks { get; init; } = "Landmarks";

    public string PageList { get; init; } = "Page list";

    public string Cover { get; init; } = "Cover";

    public string TitlePage { get; init; } = "Title page";

    public string Text { get; init; } = "Text";

    public string Notes { get; init; } = "Notes";

    public string Bibliography { get; init; } = "Bibliography";

    public string AboutAuthor { get; init; } = "About the author";

    public string Citation { get; init; } = "To cite this article";

    public string Colophon { get; init; } = "Colophon";
}
