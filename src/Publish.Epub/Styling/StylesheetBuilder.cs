using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Publish.Epub.Styling;

/// <summary>
/// The book's one stylesheet. Defaults leave the reader in charge (relative units, no fixed sizes, no colours
/// except for notes and rules, which switch with <c>prefers-color-scheme</c>); embedded fonts come first in the
/// family list, the reader's serif after them. Overrides are appended so they win the cascade.
/// What the e-readers taught (issue 16): images are sized here alone, never by attributes (Calibre stretched them);
/// the cover image is a block under the page height (an inline image at 100vh spilled a blank page); the rule above
/// the notes belongs to the first note, which readers that pop notes up hide (foliate-js left a stray rule); the
/// title page centres its paragraphs by class, as readers set <c>text-align</c> on <c>p</c> itself (foliate-js);
/// code is 0.9 em once (not again inside <c>pre</c>) in a family list that does not end with a lone
/// <c>monospace</c>, which browsers size from their 13 px monospace default instead of the text's size.
/// </summary>
internal static class StylesheetBuilder
{
    private const string Defaults = """
        body { margin: 0 1em; line-height: 1.45; hyphens: auto; -epub-hyphens: auto; overflow-wrap: break-word; }
        h1, h2, h3, h4, h5, h6 { font-family: FAMILY-HEADINGS; line-height: 1.2; hyphens: none; -epub-hyphens: none; page-break-after: avoid; break-after: avoid; }
        h1 { font-size: 1.6em; margin: 1.5em 0 0.8em; }
        h2 { font-size: 1.3em; margin: 1.3em 0 0.6em; }
        h3, h4, h5, h6 { font-size: 1.1em; margin: 1.1em 0 0.5em; }
        p { margin: 0; text-indent: 1.2em; }
        h1 + p, h2 + p, h3 + p, h4 + p, h5 + p, h6 + p, section.abstract + p, blockquote p, figure + p, aside p, li p, .titlepage p, .institution p, .citation { text-indent: 0; }
        blockquote { margin: 1em 1.5em; }
        section.abstract { margin: 0 1.5em 1.5em; }
        section.abstract h2 { font-size: 1em; font-style: italic; margin: 1em 0 0.3em -1.5em; }
        figure { margin: 1.2em 0; text-align: center; page-break-inside: avoid; break-inside: avoid; }
        figure img { max-width: 100%; max-height: 90vh; height: auto; width: auto; }
        figcaption { font-size: 0.9em; margin-top: 0.4em; text-indent: 0; }
        pre, code { font-family: FAMILY-MONO; font-size: 0.9em; }
        pre code { font-size: 1em; }
        pre { white-space: pre-wrap; margin: 1em 0; }
        p.scene-break { text-align: center; text-indent: 0; margin: 1em 0; }
        p.scene-break + p { text-indent: 0; }
        a.noteref { vertical-align: super; font-size: 0.75em; line-height: 0; text-decoration: none; }
        aside.footnote { font-size: 0.85em; margin: 0.5em 0; }
        section.footnotes { margin-top: 2em; }
        section.footnotes > aside:first-child { border-top: 1px solid #888888; padding-top: 0.5em; }
        .titlepage { text-align: center; margin-top: 20%; }
        .titlepage h1, .titlepage p { text-align: center; text-indent: 0; }
        .titlepage h1 { font-size: 2em; }
        .titlepage .subtitle { font-size: 1.3em; font-style: italic; }
        .titlepage .author { font-size: 1.3em; margin-top: 2em; }
        .titlepage .series, .titlepage .date, .titlepage .publisher { margin-top: 0.8em; }
        .cover { text-align: center; margin: 0; padding: 0; }
        .cover img { display: block; margin: 0 auto; max-width: 100%; max-height: 95vh; width: auto; height: auto; }
        ul.bibliography { list-style: none; padding: 0; }
        ul.bibliography li { margin: 0 0 0.6em 1.5em; text-indent: -1.5em; }
        .institution { margin-top: 1.5em; font-size: 0.9em; }
        @media (prefers-color-scheme: dark) {
          section.footnotes > aside:first-child { border-top-color: #666666; }
          img { opacity: 0.92; }
        }
        @media (max-width: 30em) {
          body { margin: 0 0.4em; }
          blockquote { margin: 1em 0.8em; }
          section.abstract { margin: 0 0.8em 1.5em; }
          section.abstract h2 { margin-left: -0.8em; }
          p { text-indent: 1em; }
        }

        """;

    public static byte[] Build(ImmutableArray<(EpubFont Font, string Href)> fonts, string? overrides, StylesheetNeeds? needs = null, double? codeBlockSize = null)
    {
        var css = new StringBuilder();
        foreach (var (font, href) in fonts)
        {
            css.Append(CultureInfo.InvariantCulture,
                $"@font-face {{ font-family: \"{CssString(font.Family)}\"; font-weight: {font.Weight}; font-style: {(font.Italic ? "italic" : "normal")}; src: url(\"{href}\"); }}\n");
        }

        var bodyFamilies = FamilyList(fonts, "serif", mono: false);
        var headingFamilies = FamilyList(fonts, "serif", mono: false);
        var monoFamilies = FamilyList(fonts, "monospace", mono: true);
        if (fonts.Length > 0)
        {
            css.Append(CultureInfo.InvariantCulture, $"body {{ font-family: {bodyFamilies}; }}\n");
        }

        css.Append(Defaults.Replace("FAMILY-HEADINGS", headingFamilies, StringComparison.Ordinal).Replace("FAMILY-MONO", monoFamilies, StringComparison.Ordinal));
        if (codeBlockSize is { } em && em > 0)
        {
            // The style's code size relative to its body text, as the print edition sets a code block (styles/README.md:
            // text.code.size is the code's font size); inline code keeps 0.9 em of the text around it, as in print.
            css.Append(CultureInfo.InvariantCulture, $"pre {{ font-size: {Math.Round(em, 3)}em; }}\n");
        }

        if (needs is not null)
        {
            FeatureRules.AppendTo(css, needs);
        }

        if (!string.IsNullOrWhiteSpace(overrides))
        {
            css.Append(overrides).Append('\n');
        }

        return new UTF8Encoding(false).GetBytes(css.ToString());
    }

    /// <summary>Embedded families first (monospaced ones only for code), then the generic family as fallback.</summary>
    private static string FamilyList(ImmutableArray<(EpubFont Font, string Href)> fonts, string generic, bool mono)
    {
        var families = fonts.Select(f => f.Font.Family)
            .Where(f => f.Contains("Mono", StringComparison.OrdinalIgnoreCase) == mono)
            .Distinct(StringComparer.Ordinal)
            .Select(f => "\"" + CssString(f) + "\"")
            .Append(generic);

        // `monospace` twice: a list that is only the generic family makes Chromium and WebKit (Calibre, Apple Books,
        // Readium) size the text from their 13 px monospace default, 0.81 of the text around it before any em applies.
        return string.Join(", ", mono ? families.Append(generic) : families);
    }

    private static string CssString(string value) =>
        new(value.Where(c => c is not ('"' or '\\' or '\n' or '\r' or '<' or '>')).ToArray());
}
