using Publish.Model.Pages;
using Publish.Engine.Budget;
using Publish.Epub;
using Publish.Model;
using Publish.Styles;

namespace Publish.Engine.Editions;

/// <summary>The e-reader edition, with the house style's EPUB options and, when the PDF is built alongside, the print edition's page map.</summary>
public sealed class EpubEditionWriter : IEditionWriter
{
    private readonly HouseStyle _style;

    public EpubEditionWriter(HouseStyle style) => _style = style;

    public EditionFormats Format => EditionFormats.Epub;

    public string Extension => ".epub";

    /// <summary>The print page map, for the page list and page-break markers, when the PDF is built in the same run.</summary>
    public PrintLayoutUse PrintLayout => PrintLayoutUse.WhenMade;

    public BuildStage Stage => BuildStage.WritingEpub;

    public void Write(Document document, EditionContext context, Stream output)
    {
        var diagnostics = new EpubWriter().Write(document, OptionsFor([document], context), context.Print?.PageMap ?? PrintPageMap.Empty, output);
        context.Diagnostics.AddRange(diagnostics);
    }

    /// <summary>
    /// The writer's options for an edition of <paramref name="documents"/> (one manuscript, or a book's articles: the
    /// fallback fonts are those any of them needs).
    /// </summary>
    internal EpubWriterOptions OptionsFor(IReadOnlyList<Document> documents, EditionContext context)
    {
        return new EpubWriterOptions
        {
            BuildDate = context.BuildDate,
            CodeBlockSize = _style.Text.Code.Size / _style.Text.Body.Size,

            // No fallback here: the engine has already chosen the lines (manuscript's or style's) into the document,
            // with the style's fields filled in, so the colophon prints what the PDF's footer prints.
            NotePlacement = _style.Epub.Notes == NotesPlacement.AfterParagraph ? NotePlacement.AfterParagraph : NotePlacement.SectionEnd,
            EmbeddedFonts = _style.Epub.EmbedFonts ? [.. EmbeddedFonts(), .. FallbackFonts(documents, context)] : [],

            // The style has no key for it: embedded fonts are always cut to the book's characters, which keeps
            // Noto Serif's four faces at ~120 KB instead of 2.3 MB.
            SubsetFonts = true,

            // Labels stay null: the writer picks "Contents", "Notes", … in the document's own language.
            CoverFonts = CoverFonts(),
            FontFiles = context.Fonts,
            ClaimAccessibility = _style.Epub.ClaimAccessibility,
            CertifiedBy = _style.Epub.CertifiedBy,
            MissingPhotoMark = _style.Figures.MissingMark switch
            {
                MissingFigureMark.Label => null,
                MissingFigureMark.Text => _style.Figures.MissingText,
                _ => string.Empty,
            },
        };
    }

    /// <summary>
    /// The drawn cover's fonts: the regular and bold faces of the family the style sets the title page's title in
    /// (bold falling back by the style's rule). Until issue 15 the cover took NotoSerif-Regular/-Bold from the body
    /// font's folder by name, whatever the style said: the A5 style's covers (Noto Sans) change for that reason only.
    /// The style's fallback families follow, in order, for titles in scripts the title family lacks (issue 16).
    /// </summary>
    private EpubCoverFonts CoverFonts()
    {
        var family = _style.Fonts[_style.Text.Title.Family];
        return new EpubCoverFonts(family.FileFor(FontFace.Regular), family.FileFor(FontFace.Bold))
        {
            Fallbacks = [.. _style.FontFallback.Select(name => _style.Fonts[name])
                .Select(fallback => new EpubCoverFonts(fallback.FileFor(FontFace.Regular), fallback.FileFor(FontFace.Bold)))],
        };
    }

    /// <summary>
    /// The regular and bold faces of the fallback families the book needs (a Hebrew or Arabic quotation: issue 16), cut
    /// to the book's characters like the body's, so the reader shows the print edition's glyphs rather than tofu.
    /// </summary>
    private IEnumerable<EpubFont> FallbackFonts(IReadOnlyList<Document> documents, EditionContext context)
    {
        // One library for all the documents (a book's articles): each face is opened once, not once per article.
        List<string> names;
        using (var library = new Typesetting.Fonts.FontLibrary(context.Fonts ?? new Model.Input.FontFileStore()))
        {
            names = [.. documents.SelectMany(document => Typesetting.Fonts.FallbackFamilies.Needed(document, _style, library)).Distinct(StringComparer.Ordinal)];
        }

        foreach (var name in names)
        {
            var family = _style.Fonts[name];
            yield return new EpubFont(family.Regular, family.Name, 400, false);
            if (family.Bold is { } bold)
            {
                yield return new EpubFont(bold, family.Name, 700, false);
            }
        }
    }

    /// <summary>The body family's four faces, each declared once even when the style falls back.</summary>
    private IEnumerable<EpubFont> EmbeddedFonts()
    {
        var family = _style.Fonts[_style.Text.Body.Family];
        var faces = new (string? Path, int Weight, bool Italic)[]
        {
            (family.Regular, 400, false), (family.Italic, 400, true), (family.Bold, 700, false), (family.BoldItalic, 700, true),
        };
        return faces.Where(f => f.Path is not null).Select(f => new EpubFont(f.Path!, family.Name, f.Weight, f.Italic));
    }
}
