using System.Collections.Immutable;
using Publish.Epub.Content;
using Publish.Epub.Packaging;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Model.Pages;
using Publish.Model.Threading;

namespace Publish.Epub;

/// <summary>
/// Writes a reflowable EPUB 3 of a document. The pipeline: images → content documents (notes, page breaks,
/// table of contents collected on the way) → navigation → stylesheet → package document → zip; all but the content
/// documents are the stages every package shares (<see cref="EpubAssembly"/>, the book's writer too).
/// Equal input and options give equal bytes. Every name inside the package is generated here.
/// </summary>
public sealed class EpubWriter
{
    /// <summary>Writes the EPUB to <paramref name="output"/> and returns what the writer noticed (images left out, stale page anchors).</summary>
    public ImmutableArray<Diagnostic> Write(Document document, EpubWriterOptions options, PrintPageMap pages, Stream output)
    {
        var diagnostics = new DiagnosticBag();
        var labels = LabelsFor(document.Metadata.Language, options);
        var package = new EpubAssembly(options, diagnostics);

        // A drawn cover and the identifier (a hash of the whole text) depend on nothing else the writer makes: they
        // are made beside the figures and the content documents, the cover's bytes awaited only by the zip.
        var identifierTask = BackgroundWork.Start(() => PublicationIdentifier.For(document));
        var cover = package.ProcessCover(document.Metadata);
        var images = package.ProcessFigures([document]);
        package.DeclareFonts();

        var institution = document.Institution ?? options.FallbackInstitution;
        var hasColophon = document.Citation.Length > 0 || institution is { Lines.Length: > 0 } || document.CitationStyle is not null;
        var parts = ContentPlanner.Plan(document, cover is not null, hasColophon, options.MaxCharactersPerDocument);
        var pageIndex = new PageBreakIndex(pages, package.Pages);
        var anchors = AnchorMap.Of(document, parts, package.AuthorIds);
        var writer = new ContentDocumentWriter(document, labels, institution, cover, images, options.NotePlacement, pageIndex, anchors, package.Needs, package.Toc, diagnostics);
        var contentFiles = parts.Select(p => (p.FileName, writer.Write(p))).ToList();
        pageIndex.ReportUnwritten(diagnostics, document.SourcePath);

        var landmarks = new List<(string, string, string)>();
        if (cover is not null)
        {
            landmarks.Add(("cover", labels.Cover, "cover.xhtml"));
        }

        landmarks.Add(("titlepage", labels.TitlePage, "title.xhtml"));
        if (parts.FirstOrDefault(p => p.Kind == PartKind.Text) is { } firstText)
        {
            landmarks.Add(("bodymatter", labels.Text, firstText.FileName));
        }

        var figuresWithImage = FigureCollector.InReadingOrder(document).Where(images.ContainsKey).ToList();
        var accessibility = package.Accessibility(figuresWithImage, document.Notes.Length, document.Metadata.Publisher);
        var identifier = identifierTask.GetAwaiter().GetResult();
        if (document.Metadata.Identifier is { } own && Isbn.Read(own).WrongCheckDigit)
        {
            diagnostics.Warning(
                EpubDiagnosticCodes.IsbnCheckDigitWrong,
                SourceSpan.WholeFile(document.SourcePath),
                $"The identifier '{own.Trim()}' is called an ISBN but its check digit is wrong; it is written as given, not as urn:isbn:, so readers will not take it for an ISBN.");
        }

        var rights = institution?.Lines.FirstOrDefault(l => l.Kind == InstitutionLineKind.Copyright)?.Text;
        var pageBreakSource = package.Pages.Written.Count > 0 ? document.Metadata.Source ?? document.Metadata.Title : null;
        package.Finish(output, document.Metadata, labels, landmarks, contentFiles, manifest =>
            PackageDocumentWriter.Write(document.Metadata, identifier, options.BuildDate, rights, accessibility, pageBreakSource, options.PageBreakSourceProperty, manifest,
                coverPage: cover is null ? null : ("cover.xhtml", labels.Cover)));
        return diagnostics.ToImmutableSorted();
    }

    /// <summary>The writer's words: the options' own, else those of <paramref name="language"/>, with the style's missing-photo mark.</summary>
    internal static EditionLabels LabelsFor(string language, EpubWriterOptions options)
    {
        var labels = options.Labels ?? EditionLabels.ForLanguage(language);
        return options.MissingPhotoMark is { } mark ? labels with { MissingPhoto = mark } : labels;
    }
}
