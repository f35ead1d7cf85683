namespace Publish.Styles.Reading;

/// <summary>The keys each mapping of a style file accepts; <c>styles/README.md</c> documents every one.</summary>
internal static class StyleKeys
{
    public static IReadOnlyList<string> Root { get; } = ["name", "page", "fonts", "font-fallback", "text", "hyphenation", "footer", "epub"];

    public static IReadOnlyList<string> Page { get; } = ["size", "margins", "bleed"];

    public static IReadOnlyList<string> CustomPageSize { get; } = ["width", "height"];

    public static IReadOnlyList<string> Margins { get; } = ["top", "bottom", "inner", "outer"];

    public static IReadOnlyList<string> FontFaces { get; } = ["regular", "italic", "bold", "bold-italic"];

    public static IReadOnlyList<string> TextRoles { get; } =
        ["body", "heading-1", "heading-2", "heading-3", "note", "caption", "bibliography", "title", "author", "code"];

    public static IReadOnlyList<string> TextStyle { get; } =
        ["family", "face", "size", "leading", "align", "first-line-indent", "hanging-indent", "space-before", "space-after", "color"];

    /// <summary>The footer takes the text keys that make sense on one line, plus its own.</summary>
    public static IReadOnlyList<string> Footer { get; } =
        ["lines", "placement", "page-number", "rule", "family", "face", "size", "leading", "align", "color"];

    public static IReadOnlyList<string> FooterLine { get; } = ["text", "url", "kind"];

    public static IReadOnlyList<string> FooterRule { get; } = ["thickness", "color"];

    public static IReadOnlyList<string> Hyphenation { get; } = ["enabled", "min-left", "min-right", "patterns"];

    public static IReadOnlyList<string> Epub { get; } = ["notes", "embed-fonts"];
}
