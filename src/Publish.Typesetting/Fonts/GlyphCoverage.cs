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
        ForEachText(document, (text, span) =>
        {
            foreach (var rune in text.EnumerateRunes())
            {
                if (!seen.Add(rune.Value) || !Drawn(rune) || AnyHas(faces, rune.Value))
                {
                    continue;
                }

                MissingGlyphReporter.Warn(rune.Value, span, ledger, diagnostics);
            }
        });
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

    /// <summary>
    /// Every piece of the document's text a font must draw, with where it stands (its block's span): metadata, front
    /// matter, body, about-the-author, notes, bibliography, the citation. Pieces as they lie in the model, not joined:
    /// a walk of every character needs no copy of the text.
    /// </summary>
    internal static void ForEachText(Document document, Action<string, SourceSpan> text)
    {
        var metadata = document.Metadata;
        var start = document.Body.FirstOrDefault()?.Span ?? SourceSpan.WholeFile(document.SourcePath);
        text(metadata.Title, start);
        text(metadata.Subtitle ?? string.Empty, start);
        foreach (var author in metadata.Authors.IsDefault ? [] : metadata.Authors)
        {
            text(author, start);
        }

        foreach (var block in document.FrontMatter.Concat(document.Body).Concat(document.AboutAuthor).Concat(document.Notes.SelectMany(n => n.Content.IsDefault ? [] : n.Content)))
        {
            PlainText.ForEachPiece([block], piece => text(piece, block.Span));
        }

        foreach (var entry in document.Bibliography.IsDefault ? [] : document.Bibliography)
        {
            PlainText.ForEachPiece(entry.Content, piece => text(piece, entry.Span));
        }

        if (!document.Citation.IsDefaultOrEmpty)
        {
            var span = document.Citation[0].Span;
            PlainText.ForEachPiece(document.Citation, piece => text(piece, span));
        }
    }
}
