using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Publish.Epub.Accessibility;
using Publish.Epub.Content;
using Publish.Epub.Images;
using Publish.Epub.Navigation;
using Publish.Epub.Styling;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Diagnostics;
using Publish.Model.Input;
using Publish.Model.Text;

namespace Publish.Epub.Packaging;

/// <summary>
/// The stages of a package that do not depend on what it holds, shared by the article's writer (<see cref="EpubWriter"/>)
/// and the book's (<see cref="Books.EpubBookWriter"/>): the cover, the figures' images (numbered in reading order across
/// all the package's documents, so names are unique), the declared fonts, and at the end the navigation document, the
/// package document, the stylesheet, the subset fonts and the zip. What lies between — the content documents — is
/// each writer's own; they collect into <see cref="Needs"/>, <see cref="Toc"/> and <see cref="Pages"/> here.
/// </summary>
internal sealed class EpubAssembly(EpubWriterOptions options, DiagnosticBag diagnostics)
{
    private const string Root = "EPUB/";

    private readonly List<ManifestItem> _manifest = [];
    private readonly List<(string Href, PackageContent Content)> _binaries = [];
    private readonly FontFileStore _fontFiles = options.FontFiles ?? new FontFileStore();
    private ImmutableArray<(EpubFont Font, string Href)> _fonts = [];

    public DiagnosticBag Diagnostics => diagnostics;

    public EpubWriterOptions Options => options;

    public StylesheetNeeds Needs { get; } = new();

    public List<TocEntry> Toc { get; } = [];

    public PageList Pages { get; } = new();

    /// <summary>Every package's ids given to authors' ids, so one an article uses and another too stays unique.</summary>
    public AuthorIds AuthorIds { get; init; } = new();

    public ImageAsset? Cover { get; private set; }

    /// <summary>The cover: the style's image, else one drawn from <paramref name="metadata"/> with the style's cover fonts, else none.</summary>
    public ImageAsset? ProcessCover(Metadata metadata)
    {
        ProcessedImage? cover = null;
        if (options.CoverImagePath is not null)
        {
            cover = new ImageProcessor(options, diagnostics).Process(options.CoverImagePath, SourceSpan.WholeFile(options.CoverImagePath));
        }

        if (cover is null && options.CoverFonts is { } coverFonts)
        {
            cover = CoverRenderer.Start(metadata, metadata.Publisher, coverFonts, _fontFiles, options.CoverMemory);
            if (cover is null)
            {
                diagnostics.Warning(
                    EpubDiagnosticCodes.CoverNotDrawn,
                    SourceSpan.WholeFile(coverFonts.Regular),
                    $"The cover fonts ({Path.GetFileName(coverFonts.Regular)}, {Path.GetFileName(coverFonts.Bold)}) were not found; the EPUB has no cover.");
            }
        }

        Cover = cover is null ? null : new ImageAsset("images/cover." + cover.Extension, cover.MediaType, cover.Width, cover.Height, cover.Content);
        return Cover;
    }

    /// <summary>The images of the figures of <paramref name="documents"/>, numbered in reading order across all of them.</summary>
    public Dictionary<FigureBlock, ImageAsset> ProcessFigures(IEnumerable<Document> documents)
    {
        var figures = documents.SelectMany(FigureCollector.InReadingOrder).Where(f => f.Image is not null)
            .Distinct((IEqualityComparer<FigureBlock>)ReferenceEqualityComparer.Instance).ToList();

        // Images are independent of each other: process them in parallel, then number and report them in
        // reading order, so the output does not depend on which finished first.
        var processed = new (ProcessedImage? Image, DiagnosticBag Diagnostics)[figures.Count];
        try
        {
            Parallel.For(0, figures.Count, i =>
            {
                var own = new DiagnosticBag();
                processed[i] = (new ImageProcessor(options, own).Process(figures[i].Image!.Path, figures[i].Span, figures[i].Image!.Facts), own);
            });
        }
        catch (AggregateException e)
        {
            // Rethrown as itself: a decode refused by the memory budget is the build's over-budget signal, not a crash.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }

        var images = new Dictionary<FigureBlock, ImageAsset>(ReferenceEqualityComparer.Instance as IEqualityComparer<FigureBlock>);
        for (var i = 0; i < figures.Count; i++)
        {
            diagnostics.AddRange(processed[i].Diagnostics.ToImmutableSorted());
            if (processed[i].Image is not { } image)
            {
                continue;
            }

            var number = (images.Count + 1).ToString("D4", CultureInfo.InvariantCulture);
            var asset = new ImageAsset($"images/{number}.{image.Extension}", image.MediaType, image.Width, image.Height, image.Content);
            images[figures[i]] = asset;
            _binaries.Add((asset.Href, asset.Content));
            _manifest.Add(new ManifestItem("image" + number, asset.Href, asset.MediaType, null, InSpine: false));
        }

        return images;
    }

    public void DeclareFonts()
    {
        var fonts = ImmutableArray.CreateBuilder<(EpubFont, string)>();
        foreach (var font in options.EmbeddedFonts)
        {
            var extension = Path.GetExtension(font.Path).ToLowerInvariant();
            var mediaType = extension switch { ".ttf" => "font/ttf", ".otf" => "font/otf", _ => null };
            if (mediaType is null || !File.Exists(font.Path))
            {
                diagnostics.Warning(EpubDiagnosticCodes.FontNotEmbedded, SourceSpan.WholeFile(font.Path), "The font is missing or not TrueType/OpenType; the reader's own font is used instead.");
                continue;
            }

            var number = (fonts.Count + 1).ToString("D4", CultureInfo.InvariantCulture);
            var href = "fonts/" + number + extension;
            _manifest.Add(new ManifestItem("font" + number, href, mediaType, null, InSpine: false));
            fonts.Add((font, href));
        }

        _fonts = fonts.ToImmutable();
    }

    /// <summary>
    /// Who answers for the EPUB Accessibility 1.1 claim, or null when none is made: the style's certifier, else the
    /// publisher. An image without a text alternative fails WCAG 1.1.1: it withdraws the claim with a warning at the figure.
    /// </summary>
    public string? Certifier(string? publisher, IReadOnlyList<FigureBlock> figures)
    {
        if (!options.ClaimAccessibility)
        {
            return null;
        }

        var withoutAlt = figures.Where(f => AltText.Of(f).Length == 0).ToList();
        foreach (var figure in withoutAlt)
        {
            diagnostics.Warning(
                EpubDiagnosticCodes.ImageWithoutAltText,
                figure.Span,
                "This image has neither a description nor a caption to serve as its text alternative; the EPUB does not claim EPUB Accessibility 1.1 (WCAG 1.1.1).");
        }

        // No one named (no publisher, no certifier in the style): no claim, and no message either — most articles
        // have no publisher, and a line on every build would be noise; styles/README.md says how to get the claim.
        var certifier = string.IsNullOrWhiteSpace(options.CertifiedBy) ? publisher?.Trim() : options.CertifiedBy.Trim();
        return withoutAlt.Count == 0 && !string.IsNullOrEmpty(certifier) ? certifier : null;
    }

    /// <summary>
    /// The accessibility metadata of what was written: <paramref name="figures"/> with their images (and the cover),
    /// the contents entries as headings, <paramref name="notes"/>, the page markers written.
    /// </summary>
    public AccessibilityProfile Accessibility(IReadOnlyList<FigureBlock> figures, int notes, string? publisher) =>
        AccessibilityProfile.Derive(
            images: figures.Count + (Cover is null ? 0 : 1),
            imagesWithAlt: figures.Count(f => AltText.Of(f).Length > 0) + (Cover is null ? 0 : 1),
            headings: Toc.Count,
            notes: notes,
            pageMarkers: Pages.Written.Count,
            certifier: Certifier(publisher, figures));

    /// <summary>
    /// Writes the navigation document, the package document (from <paramref name="writePackage"/>, given the manifest)
    /// and everything into the zip: container, package, nav, stylesheet, the content documents in spine order, then
    /// the images, cover and fonts (subset to the characters the documents use).
    /// </summary>
    public void Finish(Stream output, Metadata metadata, EditionLabels labels, IReadOnlyList<(string EpubType, string Label, string Href)> landmarks,
        IReadOnlyList<(string FileName, byte[] Data)> contentFiles, Func<IReadOnlyList<ManifestItem>, byte[]> writePackage)
    {
        if (Cover is { } cover)
        {
            _manifest.Add(new ManifestItem("cover-image", cover.Href, cover.MediaType, "cover-image", InSpine: false));
            _binaries.Add((cover.Href, cover.Content));
        }

        var nav = NavigationDocumentWriter.Write(metadata, labels, Toc, landmarks, Pages.Written);
        _manifest.Add(new ManifestItem("nav", "nav.xhtml", "application/xhtml+xml", "nav", InSpine: false));
        _manifest.Add(new ManifestItem("css", XhtmlNames.Stylesheet, "text/css", null, InSpine: false));
        foreach (var (fileName, _) in contentFiles)
        {
            _manifest.Add(new ManifestItem(Path.GetFileNameWithoutExtension(fileName), fileName, "application/xhtml+xml", null, InSpine: true));
        }

        var opf = writePackage(_manifest);
        var archive = new EpubArchiveWriter(options.ZipEntries);
        archive.Add("META-INF/container.xml", ContainerXml());
        archive.Add(Root + "content.opf", opf);
        archive.Add(Root + "nav.xhtml", nav);
        archive.Add(Root + XhtmlNames.Stylesheet, StylesheetBuilder.Build([.. _fonts.Select(f => (f.Font, "../" + f.Href))], options.CssOverrides, Needs, options.CodeBlockSize));
        foreach (var (fileName, data) in contentFiles)
        {
            archive.Add(Root + fileName, data);
        }

        _binaries.AddRange(FontFiles(UsedCodePoints(contentFiles.Select(c => c.Data).Append(nav))));
        foreach (var (href, content) in _binaries)
        {
            // JPEG and PNG do not shrink under deflate; storing them saves build time.
            archive.Add(Root + href, content, compress: !href.StartsWith("images/", StringComparison.Ordinal));
        }

        archive.WriteTo(output, options.BuildDate);
    }

    /// <summary>
    /// The declared fonts' files (from the build's store: the layout has read them already), cut down to
    /// <paramref name="codePoints"/> when asked — the faces in parallel, listed and reported in their order.
    /// A font HarfBuzz cannot subset is embedded whole (still valid, only larger) and reported.
    /// </summary>
    private List<(string Href, PackageContent Content)> FontFiles(IReadOnlyList<int> codePoints)
    {
        var files = new (string Href, byte[] Data, string? Problem)[_fonts.Length];
        Parallel.For(0, _fonts.Length, i =>
        {
            var (font, href) = _fonts[i];
            var data = _fontFiles.Read(font.Path);
            string? problem = null;
            if (options.SubsetFonts)
            {
                try
                {
                    data = FontSubsetting.FontSubsetter.SubsetCharacters(data, codePoints);
                }
                catch (Exception e) when (e is InvalidOperationException or DllNotFoundException or EntryPointNotFoundException)
                {
                    problem = e.Message;
                }
            }

            files[i] = (href, data, problem);
        });

        for (var i = 0; i < files.Length; i++)
        {
            if (files[i].Problem is { } problem)
            {
                diagnostics.Info(EpubDiagnosticCodes.FontNotSubset, SourceSpan.WholeFile(_fonts[i].Font.Path), $"The font could not be subset ({problem}); it is embedded whole.");
            }
        }

        return [.. files.Select(f => (f.Href, PackageContent.Of(f.Data)))];
    }

    /// <summary>
    /// Every character the reading system may draw with an embedded font: the written documents' characters
    /// (markup included — a superset costs a few ASCII glyphs and never drops one), plus what the stylesheet
    /// generates and the spaces browsers substitute.
    /// </summary>
    private static List<int> UsedCodePoints(IEnumerable<byte[]> documents)
    {
        var used = new CodePointSet();
        used.AddAll(" \u00A0*\u2003\u2026-\u2010");
        foreach (var document in documents)
        {
            used.AddAllUtf8(document);
        }

        return used.Ordered();
    }

    private static byte[] ContainerXml() => new UTF8Encoding(false).GetBytes(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
        "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n" +
        "  <rootfiles>\n" +
        "    <rootfile full-path=\"EPUB/content.opf\" media-type=\"application/oebps-package+xml\"/>\n" +
        "  </rootfiles>\n" +
        "</container>\n");
}
