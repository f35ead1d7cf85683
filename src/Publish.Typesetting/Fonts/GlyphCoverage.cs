using System.Globalization;
using System.Text;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Diagnostics;
using Publish.Model.Input;
using Publish.Model.Text;
using Publish.Styles;

namespace Publish.Typesetting.Fonts;

/// <summary>
/// The missing-character check of the print layout without the layout: for a build that sets no pages (an
/// EPUB alone), every character of the document is looked up in the text family's faces, its fallbacks and
/// the code face, and each one none of them has gets the same warning the typesetter gives (PUB3001, once, at
/// its first occurrence). Only the cmaps are read, so it costs milliseconds where setting the book costs seconds.
/// </summary>
public static class GlyphCoverage
{
    /// <param name="files">The build's font files, when the EPUB written beside this check reads them too.</param>
    public static void Report(Document document, HouseStyle style, DiagnosticBag diagnostics, FontFileStore? files = null)
    {
        using var library = new FontLibrary(files ?? new FontFileStore());
        var body = style.Fonts[style.Text.Body.Family];
        var paths = new[] { body.Regular, body.Italic, body.Bold, body.BoldItalic, style.Fonts[style.Text.Code.Family].Regular }
            .Concat(style.FontFallback.Select(family => style.Fonts[family].Regular))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);
        var faces = paths.Select(library.Get).ToList();
        var ledger = MissingGlyphLedger.For(document, style);
        var seen = new CodePointSet();
        foreach (var (text, span) in Texts(document))
        {
            foreach (var rune in text.EnumerateRunes())
            {
                if (!seen.Add(rune.Value) || !Drawn(rune) || AnyHas(faces, rune.Value))
                {
                    continue;
                }

                MissingGlyphReporter.Warn(rune.Value, span, ledger, diagnostics);
            }
        }
    }

    /// <summary>A loop, not a lambda: one capturing the rune made an object per character of the document.</summary>
    private static bool AnyHas(List<ShapingFace> faces, int codePoint)
    {
        foreach (var face in faces)
        {
            if (face.HasGlyph(codePoint))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Spaces, controls and format characters (soft hyphen, joiners) are not drawn, so no font needs them.</summary>
    private static bool Drawn(Rune rune) =>
        !Rune.IsWhiteSpace(rune) && Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.Control or UnicodeCategory.Format);

    internal static IEnumerable<(string Text, SourceSpan Span)> Texts(Document document)
    {
        var metadata = document.Metadata;
        var start = document.Body.FirstOrDefault()?.Span ?? SourceSpan.WholeFile(document.SourcePath);
        yield return (metadata.Title, start);
        yield return (metadata.Subtitle ?? string.Empty, start);
        foreach (var author in metadata.Authors.IsDefault ? [] : metadata.Authors)
        {
            yield return (author, start);
        }

        foreach (var block in document.FrontMatter.Concat(document.Body).Concat(document.AboutAuthor).Concat(document.Notes.SelectMany(n => n.Content.IsDefault ? [] : n.Content)))
        {
            yield return (PlainText.Of([block]), block.Span);
        }

        foreach (var entry in document.Bibliography.IsDefault ? [] : document.Bibliography)
        {
            yield return (PlainText.Of(entry.Content), entry.Span);
        }

        if (!document.Citation.IsDefaultOrEmpty)
        {
            yield return (PlainText.Of(document.Citation), document.Citation[0].Span);
        }
    }
}
