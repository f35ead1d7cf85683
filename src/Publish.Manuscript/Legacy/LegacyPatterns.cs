using System.Text.RegularExpressions;

namespace Publish.Manuscript.Legacy;

/// <summary>
/// The recognisers of the legacy export's conventions (DESIGN.md, "Legacy export"), in one place so the
/// layout analysis and the inline tokenizer agree on what a note marker or a URL is. None of them depends on
/// an article's own words: they match the archive's fixed labels and punctuation only.
/// </summary>
internal static partial class LegacyPatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>
    /// Inline constructs, tried left to right: note markers <c>[\[n\]](#)</c>, <c>^[n]</c>, <c>[^n]</c>, a plain
    /// <c>[n]</c> glued to the word or punctuation before it (a spaced or bracketed word such as
    /// <c>[stereotype]</c> is not a marker), URLs in <c>&lt;…&gt;</c> or <c>&lt; &lt;…&gt;&gt;</c> wrappers,
    /// bare URLs, e-mail addresses (tried only at a word start, which keeps the scan linear), and
    /// <c>**bold**</c> remnants of Markdown.
    /// </summary>
    private const string Markers =
        @"\[\\\[(?<note>[0-9]{1,4})\\\]\]\(#[^)\s]*\)"
        + @"|\^\[(?<note>[0-9]{1,4})\]"
        + @"|\[\^(?<note>[^\]\s]{1,40})\]"
        + @"|(?<=[^\s\[(])\[(?<note>[0-9]{1,4})\]"
        + @"|<(?:\s*<)?(?<wrapped>https?://[^\s<>]+)>(?:\s*>)?"
        + @"|(?<bare>https?://[^\s<>""]+)"
        + @"|\*\*(?<strong>[^*]+)\*\*";

    private const string EmailAddress = @"|(?<![\p{L}\p{N}._%+-])(?<email>[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)";

    /// <summary>The inline constructs to look for in <paramref name="text"/>: the e-mail rule only when there is an <c>@</c> (it is the costly one).</summary>
    public static Regex InlineFor(string text) => text.Contains('@', StringComparison.Ordinal) ? Inline() : InlineWithoutEmail();

    [GeneratedRegex(Markers + EmailAddress, Options)]
    public static partial Regex Inline();

    [GeneratedRegex(Markers, Options)]
    private static partial Regex InlineWithoutEmail();

    /// <summary>A note definition at the start of a paragraph: <c>[n] text</c>, <c>[n]text</c>, <c>[\[n\]](#) text</c>, <c>^[n]</c>, <c>[^n]:</c>.</summary>
    [GeneratedRegex(
        @"^(?:\[\\\[(?<label>[0-9]{1,4})\\\]\]\(#[^)\s]*\)|\^\[(?<label>[0-9]{1,4})\]|\[\^(?<label>[^\]\s]{1,40})\]:?|\[(?<label>[0-9]{1,4})\])\s*",
        Options)]
    public static partial Regex NoteDefinition();

    /// <summary>The heading that starts the bibliography, alone on its line.</summary>
    [GeneratedRegex(@"^(?:Bibliography|References|Kaynakça|Kaynaklar)\s*:?$", Options | RegexOptions.IgnoreCase)]
    public static partial Regex BibliographyHeading();

    /// <summary>A heading over the note definitions, dropped (the editions set their own).</summary>
    [GeneratedRegex(@"^(?:Notes|Endnotes|Footnotes|Notlar|Dipnotlar)\s*:?$", Options | RegexOptions.IgnoreCase)]
    public static partial Regex NotesHeading();

    /// <summary>A photo caption paragraph; the caption is what follows the colon.</summary>
    [GeneratedRegex(@"^(?:Photo|Fotoğraf|Image|Resim)\s*:\s*(?<caption>.*)$", Options | RegexOptions.IgnoreCase)]
    public static partial Regex PhotoCaption();

    /// <summary><c>About the Author :</c> (colon with or without a space), possibly followed by the text on the same line.</summary>
    [GeneratedRegex(@"^About the Authors?\s*:\s*(?<rest>.*)$", Options | RegexOptions.IgnoreCase)]
    public static partial Regex AboutAuthor();

    /// <summary><c>To cite this article:</c> and the citation after it.</summary>
    [GeneratedRegex(@"^(?:To cite this article|How to cite this article)\s*:\s*(?<rest>.*)$", Options | RegexOptions.IgnoreCase)]
    public static partial Regex Citation();

    /// <summary>A paragraph that is only a URL, in any wrapper (<c>&lt;…&gt;</c>, <c>&lt; &lt;…&gt;&gt;</c>, bare).</summary>
    [GeneratedRegex(@"^[<\s]*(?<url>https?://[^\s<>]+?)[>\s]*$", Options)]
    public static partial Regex UrlOnly();
}
