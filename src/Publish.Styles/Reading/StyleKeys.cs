namespace Publish.Styles.Reading;

/// <summary>
/// The keys each mapping of a style file accepts; <c>styles/README.md</c> documents every one. A key is listed only
/// where an edition honours it: a key the layout would read and ignore is refused, at its line, with the reason.
/// </summary>
internal static class StyleKeys
{
    public static IReadOnlyList<string> Root { get; } = ["extends", "name", "page", "fonts", "font-fallback", "text", "hyphenation", "footer", "epub", "press", "tables", "divs", "notes", "figures", "make-up", "microtype", "typography", "citations"];

    public static IReadOnlyList<string> Citations { get; } = ["csl", "link-citations", "notes-after-punctuation", "reference-section-title"];

    public static IReadOnlyList<string> Page { get; } = ["size", "margins", "bleed"];

    public static IReadOnlyList<string> CustomPageSize { get; } = ["width", "height"];

    public static IReadOnlyList<string> Margins { get; } = ["top", "bottom", "inner", "outer"];

    public static IReadOnlyList<string> FontFaces { get; } = ["regular", "italic", "bold", "bold-italic"];

    public static IReadOnlyList<string> TextRoles { get; } =
        ["body", "heading-1", "heading-2", "heading-3", "note", "caption", "bibliography", "title", "author", "code"];

    /// <summary>
    /// The keys of one text role. Every role takes the look of its letters; the rest only where the print layout
    /// uses them (a caption is always centred, only the body indents its first line, only the bibliography hangs).
    /// </summary>
    public static IReadOnlyList<string> TextStyle(string role) => role switch
    {
        "body" => [.. Letters, "align", "first-line-indent", "space-before", "space-after"],
        "heading-1" or "heading-2" or "heading-3" or "author" => [.. Letters, "align", "space-before", "space-after"],
        "title" => [.. Letters, "align", "space-after"],
        "note" => [.. Letters, "align"],
        "caption" or "code" => [.. Letters, "space-before", "space-after"],
        "bibliography" => [.. Letters, "align", "hanging-indent", "space-before", "space-after"],
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Not a text role."),
    };

    /// <summary>Why <paramref name="role"/> does not take <paramref name="key"/> although another role does; null for a key no role takes.</summary>
    public static string? NotTakenBy(string role, string key) => key switch
    {
        "first-line-indent" => "only body paragraphs indent their first line",
        "hanging-indent" => "only bibliography entries hang",
        "space-before" when role == "title" => "the title opens the first page, where space above is dropped",
        "space-before" or "space-after" when role == "note" => "notes follow one another at their leading",
        "align" when role == "caption" => "a caption is always centred under its figure",
        "align" when role == "code" => "code keeps its lines as written, flush left",
        _ => null,
    };

    /// <summary>The footer takes the text keys that make sense on one line, plus its own.</summary>
    public static IReadOnlyList<string> Footer { get; } =
        ["lines", "institution", "placement", "page-number", "rule", "family", "face", "size", "leading", "align", "color"];

    public static IReadOnlyList<string> FooterLine { get; } = ["text", "url", "kind"];

    public static IReadOnlyList<string> FooterRule { get; } = ["thickness", "color"];

    public static IReadOnlyList<string> MakeUp { get; } = ["bottom"];

    public static IReadOnlyList<string> Hyphenation { get; } = ["enabled", "min-left", "min-right", "patterns", "exceptions", "penalty", "double-hyphen-demerits"];

    public static IReadOnlyList<string> Epub { get; } = ["notes", "embed-fonts", "accessibility"];

    public static IReadOnlyList<string> EpubAccessibility { get; } = ["certified-by"];

    /// <summary>The keys of one class under <c>divs:</c>; <see cref="DivKeyNotTaken"/> refuses those its treatment ignores.</summary>
    public static IReadOnlyList<string> Div { get; } = ["treatment", "label", "size", "inset", "rule", "rule-color", "width"];

    /// <summary>Why a div of <paramref name="treatment"/> does not take <paramref name="key"/>; null when it does.</summary>
    public static string? DivKeyNotTaken(DivTreatment treatment, string key) => (treatment, key) switch
    {
        (not DivTreatment.Box, "rule" or "rule-color") => "only a box is ruled",
        (not DivTreatment.Epigraph, "width") => "only an epigraph is narrower than the column",
        (not (DivTreatment.Box or DivTreatment.Abstract), "label") => "only a box or an abstract is headed by a label",
        (not (DivTreatment.Box or DivTreatment.Abstract), "inset") => "only a box or an abstract is inset (an epigraph takes width)",
        (DivTreatment.Plain, "size") => "a plain div is set as the body",
        _ => null,
    };

    public static IReadOnlyList<string> Press { get; } = ["output-profile", "output-condition"];

    public static IReadOnlyList<string> Tables { get; } = ["size", "min-size", "wide", "rules"];

    public static IReadOnlyList<string> Notes { get; } = ["number"];

    public static IReadOnlyList<string> Figures { get; } = ["missing-mark"];

    public static IReadOnlyList<string> Microtype { get; } = ["protrusion", "expansion", "stretch", "shrink"];

    public static IReadOnlyList<string> Typography { get; } = ["sentence-spacing", "tolerance", "emergency-stretch"];

    /// <summary>What every text role takes: the look of its letters and lines.</summary>
    private static readonly string[] Letters = ["family", "face", "size", "leading", "color"];
}
