using System.Text;
using Publish.Pdf.Color;
using Publish.Pdf.Content;
using Publish.Pdf.Fonts;
using Publish.Pdf.Images;
using Publish.Pdf.Metadata;
using Publish.Pdf.Navigation;
using Publish.Pdf.Structure;
using Publish.Pdf.Syntax;
using Publish.Typesetting.Frames;

namespace Publish.Pdf;

/// <summary>
/// Writes a <see cref="PagedDocument"/> as a PDF 1.7 file: subset embedded fonts with ToUnicode maps, images,
/// links, named destinations, bookmarks, document information and XMP, page boxes and crop marks for print,
/// and — when the frames carry a structure tree — a tagged PDF (marked content, structure tree, artifacts).
/// The output depends only on the frames and the files they name: the same input gives the same bytes.
/// With a <see cref="Conformance"/> the file claims PDF/A-2b, PDF/UA-1 and PDF/X-4 as asked and where they hold.
/// </summary>
public sealed class PdfWriter
{
    /// <summary>The standards to claim and their output intent; <see cref="PdfConformance.None"/> (the default) claims none.</summary>
    public PdfConformance Conformance { get; init; } = PdfConformance.None;

    /// <summary>Page content streams deflated before (a book rebuilt after one article changed); null: every page deflated.</summary>
    public IContentStreamCache? ContentStreams { get; init; }

    public void Write(PagedDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        if (document.Pages.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A PDF needs at least one page.", nameof(document));
        }

        var badEntry = document.Outline.IsDefault ? null : document.Outline.FirstOrDefault(e => e.PageIndex < 0 || e.PageIndex >= document.Pages.Length);
        if (badEntry is not null)
        {
            throw new ArgumentException($"Bookmark '{badEntry.Title}' points at page index {badEntry.PageIndex}, outside the document.", nameof(document));
        }

        using var table = new PdfObjectTable(output, Conformance.PdfX4 ? "1.6" : "1.7");
        int catalogId = table.Reserve(), pagesId = table.Reserve(), infoId = table.Reserve(), metadataId = table.Reserve();
        var pageIds = document.Pages.Select(_ => table.Reserve()).ToArray();
        var resources = new ResourceRegistry(document, table);
        var marks = document.Marks ?? PrintMarks.None;
        var markArea = marks.CropMarks ? marks.MarkArea : 0;
        var structure = new StructureTreeWriter(document.Structure, document.Pages.Length);
        var claims = DocumentClaims.For(Conformance, structure.IsTagged);
        var color = DocumentColor.Write(table, Conformance);

        string Destination(int pageIndex, double x, double y)
        {
            var geometry = new PdfPageSpace(document.Pages[pageIndex], markArea);
            return $"[{PdfObjectTable.Reference(pageIds[pageIndex])} /XYZ {PdfFormat.Number(geometry.X(x))} {PdfFormat.Number(geometry.Y(y))} null]";
        }

        // Images first: a page showing a soft-masked image declares a transparency group.
        var transparentImages = new HashSet<int>();
        foreach (var (prepared, id) in PrepareInParallel(resources.Images))
        {
            if (ImageEmbedder.Write(table, id, prepared, color.Images))
            {
                transparentImages.Add(id);
            }
        }

        var contents = new PendingContentStreams(table, ContentStreams);
        var links = new LinkTargets(table);
        for (var i = 0; i < document.Pages.Length; i++)
        {
            WritePage(new PageWriting(table, document.Pages[i], i, pageIds[i], pagesId, resources, transparentImages, structure, marks, color), contents, links);
        }

        contents.Flush();

        table.WriteObject(pagesId,
            $"<< /Type /Pages /Kids [{string.Join(' ', pageIds.Select(PdfObjectTable.Reference))}] /Count {PdfFormat.Integer(pageIds.Length)} >>");

        foreach (var (usage, id) in resources.Fonts)
        {
            FontEmbedder.Write(table, id, usage);
        }

        var outlineId = OutlineWriter.Write(table, document.Outline.IsDefault ? [] : document.Outline, (page, y) => Destination(page, 0, y));
        var dests = resources.Destinations
            .OrderBy(pair => pair.Key, Comparer<string>.Create(DestinationNames.CompareBytes))
            .Select(pair => $"{DestinationNames.ToPdfString(pair.Key)} {Destination(pair.Value.PageIndex, pair.Value.X, pair.Value.Y)}");

        table.WriteStream(metadataId, "/Type /Metadata /Subtype /XML", XmpPacketBuilder.Build(document.Info, claims), compress: false);
        table.WriteObject(infoId, InfoDictionaryBuilder.Build(document.Info, claims));

        var catalog = new StringBuilder($"<< /Type /Catalog /Pages {PdfObjectTable.Reference(pagesId)}");
        catalog.Append(" /Metadata ").Append(PdfObjectTable.Reference(metadataId));
        if (color.OutputIntents is { } intents)
        {
            catalog.Append(" /OutputIntents ").Append(intents);
        }

        if (!string.IsNullOrWhiteSpace(document.Info.Language))
        {
            catalog.Append(" /Lang ").Append(PdfFormat.TextString(document.Info.Language));
        }

        if (structure.IsTagged)
        {
            catalog.Append(" /MarkInfo << /Marked true >> /StructTreeRoot ").Append(PdfObjectTable.Reference(structure.Write(table)));
        }

        catalog.Append(" /ViewerPreferences << /DisplayDocTitle true >>");
        catalog.Append(" /PageLabels << /Nums [")
            .AppendJoin(' ', document.Pages.Select((page, index) => $"{PdfFormat.Integer(index)} << /P {PdfFormat.TextString(page.Label)} >>"))
            .Append("] >>");
        if (resources.Destinations.Count > 0)
        {
            catalog.Append(" /Names << /Dests << /Names [").AppendJoin(' ', dests).Append("] >> >>");
        }

        if (outlineId is { } outline)
        {
            catalog.Append(" /Outlines ").Append(PdfObjectTable.Reference(outline)).Append(" /PageMode /UseOutlines");
        }

        table.WriteObject(catalogId, catalog.Append(" >>").ToString());
        table.Finish(catalogId, infoId);
    }

    /// <summary>
    /// The images read (and decoded when not JPEG) a batch at a time on every core, handed out in document
    /// order; the next batch is read while the caller writes this one, and two batches bound the memory held.
    /// An image that cannot be read fails where it comes in that order, whichever thread met it first.
    /// </summary>
    private static IEnumerable<(PreparedImage Image, int Id)> PrepareInParallel(IReadOnlyList<(string Path, Publish.Model.Blocks.ImageFacts? Facts, int Id)> images)
    {
        const int Batch = 8;
        var next = images.Count > 0 ? Task.Run(() => PrepareBatch(images, 0, Batch)) : null;
        for (var start = 0; start < images.Count; start += Batch)
        {
            var prepared = next!.GetAwaiter().GetResult();
            var following = start + Batch;
            next = following < images.Count ? Task.Run(() => PrepareBatch(images, following, Batch)) : null;
            for (var i = 0; i < prepared.Length; i++)
            {
                prepared[i].Error?.Throw();
                yield return (prepared[i].Image!, images[start + i].Id);
            }
        }
    }

    private static (PreparedImage? Image, System.Runtime.ExceptionServices.ExceptionDispatchInfo? Error)[] PrepareBatch(
        IReadOnlyList<(string Path, Publish.Model.Blocks.ImageFacts? Facts, int Id)> images, int start, int batch)
    {
        var prepared = new (PreparedImage? Image, System.Runtime.ExceptionServices.ExceptionDispatchInfo? Error)[Math.Min(batch, images.Count - start)];
        Parallel.For(0, prepared.Length, i =>
        {
            try
            {
                prepared[i] = (ImageEmbedder.Prepare(images[start + i].Path, images[start + i].Facts), null);
            }
#pragma warning disable CA1031 // Not swallowed: rethrown by the caller, in document order.
            catch (Exception e)
#pragma warning restore CA1031
            {
                prepared[i] = (null, System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e));
            }
        });
        return prepared;
    }

    public byte[] WriteToArray(PagedDocument document)
    {
        using var output = new MemoryStream();
        Write(document, output);
        return output.ToArray();
    }

    private static void WritePage(PageWriting w, PendingContentStreams contents, LinkTargets links)
    {
        var (table, page, pageId, resources, structure) = (w.Table, w.Page, w.PageId, w.Resources, w.Structure);
        var geometry = new PdfPageSpace(page, w.Marks.CropMarks ? w.Marks.MarkArea : 0);
        var content = new PageContent(geometry, w.Color.RgbSpace is null ? null : PdfFormat.Name(DocumentColor.RgbResourceName), page.Items.Length);
        var tags = new MarkedContentTracker(content, structure, pageId);
        var fontsOnPage = new SortedSet<(string Name, int Id)>();
        var imagesOnPage = new SortedSet<(string Name, int Id)>();
        var annotations = new List<int>();
        foreach (var item in page.Items)
        {
            switch (item)
            {
                case GlyphRun run:
                    var (usage, fontId) = resources.Font(run.Font);
                    tags.Enter(run.StructureId);
                    content.ShowGlyphs(run, usage);
                    fontsOnPage.Add((usage.ResourceName, fontId));
                    break;
                case RuleItem rule:
                    tags.Enter(null);
                    content.DrawRule(rule);
                    break;
                case ImageItem image:
                    var (name, imageId) = resources.Image(image.Path);
                    tags.Enter(image.StructureId);
                    if (structure.IsTagged && image.StructureId is { } figure)
                    {
                        structure.AddBoundingBox(figure, w.PageIndex, geometry.Rectangle(image.X, image.Y, image.Width, image.Height));
                    }

                    content.DrawImage(image, PdfFormat.Name(name));
                    imagesOnPage.Add((name, imageId));
                    break;
                case LinkItem link:
                    var annotationId = table.Reserve();
                    int? structParent = structure.IsTagged && link.StructureId is { } linkElement
                        ? structure.AddAnnotation(linkElement, annotationId, pageId)
                        : null;
                    table.WriteObject(annotationId, LinkAnnotation(link, geometry, pageId, resources, links, structParent));
                    annotations.Add(annotationId);
                    break;
                case DestinationItem:
                    break;
                default:
                    throw new NotSupportedException($"Frame item {item.GetType().Name} has no PDF form.");
            }
        }

        if (w.Marks.CropMarks)
        {
            tags.Enter(null);
            content.DrawCropMarks(w.Marks);
        }

        tags.Close();
        var structParents = structure.IsTagged ? structure.EndPage(w.PageIndex) : null;
        var contentId = contents.Add(content);

        var dictionary = new StringBuilder("<< /Type /Page /Parent ").Append(PdfObjectTable.Reference(w.PagesId))
            .Append(" /MediaBox ").Append(geometry.MediaBox)
            .Append(" /BleedBox ").Append(geometry.BleedBox)
            .Append(" /TrimBox ").Append(geometry.TrimBox)
            .Append(" /Contents ").Append(PdfObjectTable.Reference(contentId))
            .Append(" /Resources <<");
        if (fontsOnPage.Count > 0)
        {
            dictionary.Append(" /Font <<").AppendJoin(string.Empty, fontsOnPage.Select(f => $" {PdfFormat.Name(f.Name)} {PdfObjectTable.Reference(f.Id)}")).Append(" >>");
        }

        if (imagesOnPage.Count > 0)
        {
            dictionary.Append(" /XObject <<").AppendJoin(string.Empty, imagesOnPage.Select(x => $" {PdfFormat.Name(x.Name)} {PdfObjectTable.Reference(x.Id)}")).Append(" >>");
        }

        if (w.Color.RgbSpace is { } rgbSpace)
        {
            dictionary.Append(" /ColorSpace << ").Append(PdfFormat.Name(DocumentColor.RgbResourceName)).Append(' ').Append(rgbSpace).Append(" >>");
        }

        dictionary.Append(" >>");
        if (imagesOnPage.Any(image => w.TransparentImages.Contains(image.Id)))
        {
            // Print workflows (PDF/X-4) expect the blending colour space of a page with transparency to be stated.
            dictionary.Append(" /Group << /Type /Group /S /Transparency /CS ").Append(w.Color.GroupSpace).Append(" >>");
        }

        if (structParents is { } key)
        {
            dictionary.Append(" /StructParents ").Append(PdfFormat.Integer(key));
        }

        if (annotations.Count > 0)
        {
            dictionary.Append(" /Annots [").AppendJoin(' ', annotations.Select(PdfObjectTable.Reference)).Append(']');
            if (structure.IsTagged)
            {
                // PDF/UA: on a tagged page, tabbing follows the structure order.
                dictionary.Append(" /Tabs /S");
            }
        }

        table.WriteObject(pageId, dictionary.Append(" >>").ToString());
    }

    private static string LinkAnnotation(LinkItem link, PdfPageSpace geometry, int pageId, ResourceRegistry resources, LinkTargets links, int? structParent)
    {
        // Print flag (4) set, border none: the link is an invisible clickable area over the typeset text.
        var common = $"/Type /Annot /Subtype /Link /Rect {geometry.Rectangle(link.X, link.Y, link.Width, link.Height)} " +
            $"/Border [0 0 0] /F 4 /P {PdfObjectTable.Reference(pageId)}";
        if (structParent is { } key)
        {
            common += " /StructParent " + PdfFormat.Integer(key);
        }

        // PDF/UA: a link states where it goes in words.
        var description = link.Description ?? link.Uri;
        if (!string.IsNullOrWhiteSpace(description))
        {
            common += " /Contents " + links.Description(description);
        }
        if (link.Uri is not null && link.Destination is null)
        {
            return $"<< {common} /A {links.UriAction(link.Uri)} >>";
        }

        if (link.Destination is not null && link.Uri is null)
        {
            if (!resources.Destinations.ContainsKey(link.Destination))
            {
                throw new ArgumentException($"Link to destination '{link.Destination}', which no page defines.");
            }

            return $"<< {common} /Dest {DestinationNames.ToPdfString(link.Destination)} >>";
        }

        throw new ArgumentException("A link needs exactly one of a URI and a destination.");
    }
}
