using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Publish.Epub.Accessibility;
using Publish.Epub.Content;
using Publish.Epub.Images;
using Publish.Epub.Navigation;
using Publish.Epub.Packaging;
using Publish.Epub.Styling;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Diagnostics;
using Publish.Model.Input;
using Publish.Model.Pages;
using Publish.Model.Text;
using Publish.Model.Threading;

namespace Publish.Epub;

/// <summary>
/// Writes a reflowable EPUB 3 of a document. The pipeline: images → content documents (notes, page breaks,
/// table of contents collected on the way) → navigation → stylesheet → package document → zip.
/// Equal input and options give equal bytes. Every name inside the package is generated here.
/// </summary>
public sealed class EpubWriter
{
    private const string Root = "EPUB/";

    /// <summary>Writes the EPUB to <paramref name="output"/> and returns what the writer noticed (images left out, stale page anchors).</summary>
    public ImmutableArray<Diagnostic> Write(Document document, EpubWriterOptions options, PrintPageMap pages, Stream output)
    {
        var diagnostics = new DiagnosticBag();
        var labels = options.Labels ?? EditionLabels.ForLanguage(document.Metadata.Language);
        if (options.MissingPhotoMark is { } mark)
        {
            labels = labels with { MissingPhoto = mark };
        }
        var archive = new EpubArchiveWriter();
        var manifest = new List<ManifestItem>();
        var binaries = new List<(string Href, PackageContent Content)>();

        // A drawn cover and the identifier (a hash of the whole text) depend on nothing else the writer makes: they
        // are made beside the figures and the content documents, the cover's bytes awaited only by the zip.
        var identifierTask = BackgroundWork.Start(() => PublicationIdentifier.For(document));
        var fontFiles = options.FontFiles ?? new FontFileStore();
        var cover = ProcessCover(document, options, fontFiles, diagnostics);
        var images = ProcessFigures(document, options, diagnostics, binaries, manifest);
        var fonts = DeclareFonts(options, diagnostics, manifest);

        var institution = document.Institution ?? options.FallbackInstitution;
        var hasColophon = document.Citation.Length > 0 || institution is { Lines.Length: > 0 };
        var parts = ContentPlanner.Plan(document, cover is not null, hasColophon, options.MaxCharactersPerDocument);
        var pageIndex = new PageBreakIndex(pages);
        var toc = new List<TocEntry>();
        var anchors = AnchorMap.Of(document, parts);
        var needs = new StylesheetNeeds();
        var writer = new ContentDocumentWriter(document, labels, institution, cover, images, options.NotePlacement, pageIndex, anchors, needs, toc, diagnostics);
        var contentFiles = parts.Select(p => (Part: p, Data: writer.Write(p))).ToList();
        pageIndex.ReportUnwritten(diagnostics, document.SourcePath);

        var landmarks = new List<(string, string, string)>();
        if (cover is not null)
        {
            landmarks.Add(("cover", labels.Cover, "cover.xhtml"));
            manifest.Add(new ManifestItem("cover-image", cover.Href, cover.MediaType, "cover-image", InSpine: false));
            binaries.Add((cover.Href, cover.Content));
        }

        landmarks.Add(("titlepage", labels.TitlePage, "title.xhtml"));
        if (parts.FirstOrDefault(p => p.Kind == PartKind.Text) is { } firstText)
        {
            landmarks.Add(("bodymatter", labels.Text, firstText.FileName));
        }

        var nav = NavigationDocumentWriter.Write(document.Metadata, labels, toc, landmarks, pageIndex.Written);
        manifest.Add(new ManifestItem("nav", "nav.xhtml", "application/xhtml+xml", "nav", InSpine: false));
        manifest.Add(new ManifestItem("css", XhtmlNames.Stylesheet, "text/css", null, InSpine: false));
        foreach (var (part, _) in contentFiles)
        {
            manifest.Add(new ManifestItem(Path.GetFileNameWithoutExtension(part.FileName), part.FileName, "application/xhtml+xml", null, InSpine: true));
        }

        var figuresWithImage = FigureCollector.InReadingOrder(document).Where(images.ContainsKey).ToList();
        var accessibility = AccessibilityProfile.Derive(
            images: figuresWithImage.Count + (cover is null ? 0 : 1),
            imagesWithAlt: figuresWithImage.Count(f => AltText.Of(f).Length > 0) + (cover is null ? 0 : 1),
            headings: toc.Count,
            notes: document.Notes.Length,
            pageMarkers: pageIndex.Written.Count,
            certifier: Certifier(document, options, figuresWithImage, diagnostics));
        var identifier = identifierTask.GetAwaiter().GetResult();
        if (document.Metadata.Identifier is { } own && Isbn.Read(own).WrongCheckDigit)
        {
            diagnostics.Warning(
                EpubDiagnosticCodes.IsbnCheckDigitWrong,
                SourceSpan.WholeFile(document.SourcePath),
                $"The identifier '{own.Trim()}' is called an ISBN but its check digit is wrong; it is written as given, not as urn:isbn:, so readers will not take it for an ISBN.");
        }

        var rights = institution?.Lines.FirstOrDefault(l => l.Kind == InstitutionLineKind.Copyright)?.Text;
        var pageBreakSource = pageIndex.Written.Count > 0 ? document.Metadata.Source ?? document.Metadata.Title : null;
        var opf = PackageDocumentWriter.Write(document.Metadata, identifier, options.BuildDate, rights, accessibility, pageBreakSource, options.PageBreakSourceProperty, manifest,
            coverPage: cover is null ? null : ("cover.xhtml", labels.Cover));

        archive.Add("META-INF/container.xml", ContainerXml());
        archive.Add(Root + "content.opf", opf);
        archive.Add(Root + "nav.xhtml", nav);
        archive.Add(Root + XhtmlNames.Stylesheet, StylesheetBuilder.Build([.. fonts.Select(f => (f.Font, "../" + f.Href))], options.CssOverrides, needs, options.CodeBlockSize));
        foreach (var (part, data) in contentFiles)
        {
            archive.Add(Root + part.FileName, data);
        }

        binaries.AddRange(FontFiles(fonts, fontFiles, options.SubsetFonts, UsedCodePoints(contentFiles.Select(c => c.Data).Append(nav)), diagnostics));
        foreach (var (href, content) in binaries)
        {
            // JPEG and PNG do not shrink under deflate; storing them saves build time.
            archive.Add(Root + href, content, compress: !href.StartsWith("images/", StringComparison.Ordinal));
        }

        archive.WriteTo(output, options.BuildDate);
        return diagnostics.ToImmutableSorted();
    }

    /// <summary>
    /// Who answers for the EPUB Accessibility 1.1 claim, or null when none is made: the style's certifier, else the
    /// publisher. An image without a text alternative fails WCAG 1.1.1: it withdraws the claim with a warning at the figure.
    /// </summary>
    private static string? Certifier(Document document, EpubWriterOptions options, List<FigureBlock> figures, DiagnosticBag diagnostics)
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
        var certifier = string.IsNullOrWhiteSpace(options.CertifiedBy) ? document.Metadata.Publisher?.Trim() : options.CertifiedBy.Trim();
        return withoutAlt.Count == 0 && !string.IsNullOrEmpty(certifier) ? certifier : null;
    }

    private static Dictionary<FigureBlock, ImageAsset> ProcessFigures(Document document, EpubWriterOptions options, DiagnosticBag diagnostics,
        List<(string Href, PackageContent Content)> binaries, List<ManifestItem> manifest)
    {
        var figures = FigureCollector.InReadingOrder(document).Where(f => f.Image is not null).Distinct((IEqualityComparer<FigureBlock>)ReferenceEqualityComparer.Instance).ToList();

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
            binaries.Add((asset.Href, asset.Content));
            manifest.Add(new ManifestItem("image" + number, asset.Href, asset.MediaType, null, InSpine: false));
        }

        return images;
    }

    private static ImageAsset? ProcessCover(Document document, EpubWriterOptions options, FontFileStore fontFiles, DiagnosticBag diagnostics)
    {
        ProcessedImage? cover = null;
        if (options.CoverImagePath is not null)
        {
            cover = new ImageProcessor(options, diagnostics).Process(options.CoverImagePath, SourceSpan.WholeFile(options.CoverImagePath));
        }

        if (cover is null && options.CoverFonts is { } coverFonts)
        {
            var publisher = document.Metadata.Publisher;
            cover = CoverRenderer.Start(document.Metadata, publisher, coverFonts, fontFiles);
            if (cover is null)
            {
                diagnostics.Warning(
                    EpubDiagnosticCodes.CoverNotDrawn,
                    SourceSpan.WholeFile(coverFonts.Regular),
                    $"The cover fonts ({Path.GetFileName(coverFonts.Regular)}, {Path.GetFileName(coverFonts.Bold)}) were not found; the EPUB has no cover.");
            }
        }

        return cover is null ? null : new ImageAsset("images/cover." + cover.Extension, cover.MediaType, cover.Width, cover.Height, cover.Content);
    }

    private static ImmutableArray<(EpubFont Font, string Href)> DeclareFonts(EpubWriterOptions options, DiagnosticBag diagnostics, List<ManifestItem> manifest)
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
            manifest.Add(new ManifestItem("font" + number, href, mediaType, null, InSpine: false));
            fonts.Add((font, href));
        }

        return fonts.ToImmutable();
    }

    /// <summary>
    /// The declared fonts' files (from the build's <paramref name="store"/>: the layout has read them already), cut
    /// down to <paramref name="codePoints"/> when asked — the faces in parallel, listed and reported in their order.
    /// A font HarfBuzz cannot subset is embedded whole (still valid, only larger) and reported.
    /// </summary>
    private static List<(string Href, PackageContent Content)> FontFiles(ImmutableArray<(EpubFont Font, string Href)> fonts, FontFileStore store, bool subset,
        IReadOnlyList<int> codePoints, DiagnosticBag diagnostics)
    {
        var files = new (string Href, byte[] Data, string? Problem)[fonts.Length];
        Parallel.For(0, fonts.Length, i =>
        {
            var (font, href) = fonts[i];
            var data = store.Read(font.Path);
            string? problem = null;
            if (subset)
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
                diagnostics.Info(EpubDiagnosticCodes.FontNotSubset, SourceSpan.WholeFile(fonts[i].Font.Path), $"The font could not be subset ({problem}); it is embedded whole.");
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
            used.AddAll(Encoding.UTF8.GetString(document));
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
