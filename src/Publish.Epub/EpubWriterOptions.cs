using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Input;

namespace Publish.Epub;

/// <summary>
/// Everything the EPUB writer takes besides the document. The engine maps the house style onto these;
/// the writer never reads styles, environment variables or the clock itself.
/// </summary>
public sealed record EpubWriterOptions
{
    /// <summary>The build date: <c>dcterms:modified</c> and every zip entry's timestamp (clamped to 1980–2107).
    /// The engine takes it from SOURCE_DATE_EPOCH, so equal input gives equal bytes.</summary>
    public required DateTimeOffset BuildDate { get; init; }

    /// <summary>Used when the document has no institution block of its own.</summary>
    public Institution? FallbackInstitution { get; init; }

    public NotePlacement NotePlacement { get; init; } = NotePlacement.SectionEnd;

    /// <summary>Fonts to embed; empty means the reader's own fonts.</summary>
    public ImmutableArray<EpubFont> EmbeddedFonts { get; init; } = [];

    /// <summary>Cut embedded fonts down to the characters the book uses (hb_subset); Noto Serif's four faces
    /// shrink from ~2.3 MB to a few hundred KB.</summary>
    public bool SubsetFonts { get; init; } = true;

    /// <summary>
    /// A code block's text size in ems of the body text (the style's <c>text.code.size</c> over <c>text.body.size</c>),
    /// so the EPUB sets code blocks at the size the print edition does relative to the text; null keeps 0.9 em.
    /// </summary>
    public double? CodeBlockSize { get; init; }

    /// <summary>Appended after the default stylesheet, so it wins.</summary>
    public string? CssOverrides { get; init; }

    /// <summary>A cover image file; when null a cover is drawn from the title page design.</summary>
    public string? CoverImagePath { get; init; }

    /// <summary>The fonts of the drawn cover, from the house style. When null and no cover image is given, the book has no cover.</summary>
    public EpubCoverFonts? CoverFonts { get; init; }

    /// <summary>The build's font files (shared with the print layout, so each is read once); null reads them through a store of the writer's own.</summary>
    public FontFileStore? FontFiles { get; init; }

    /// <summary>Covers drawn by an earlier build of the same book (<see cref="ICoverMemory"/>); null: the cover is drawn.</summary>
    public ICoverMemory? CoverMemory { get; init; }

    /// <summary>Zip entries deflated by an earlier build of the same book (<see cref="IZipEntryCache"/>); null: every entry is deflated.</summary>
    public IZipEntryCache? ZipEntries { get; init; }

    /// <summary>A content document is closed at the next top-level block once it holds this many characters of text.</summary>
    public int MaxCharactersPerDocument { get; init; } = 60_000;

    /// <summary>Long edge of images in the EPUB, in pixels.</summary>
    public int MaxImageEdge { get; init; } = 1600;

    /// <summary>
    /// Also write the incubating <c>pageBreakSource</c> property next to <c>dc:source</c>/<c>source-of</c>. Off by
    /// default: EPUBCheck 4.2.6 (Debian's, which CI runs) rejects it as OPF-027; EPUBCheck 5 accepts it.
    /// </summary>
    public bool PageBreakSourceProperty { get; init; }

    /// <summary>
    /// Claim EPUB Accessibility 1.1 (WCAG 2.2 AA) when the book meets what the writer can decide (every image has a
    /// text alternative) and someone is named to answer for it. False: the features are declared, no conformance.
    /// </summary>
    public bool ClaimAccessibility { get; init; } = true;

    /// <summary>The evaluator named in <c>a11y:certifiedBy</c>; null means the document's publisher.</summary>
    public string? CertifiedBy { get; init; }

    /// <summary>The writer's own words; null means <see cref="EditionLabels.ForLanguage"/> of the document's language.</summary>
    public EditionLabels? Labels { get; init; }

    /// <summary>
    /// The mark before the caption of a figure whose photo is missing (the style's <c>figures.missing-mark</c>): null for
    /// the labels' own in the book's language ("[Photo]"), empty for none.
    /// </summary>
    public string? MissingPhotoMark { get; init; }
}
