using Publish.Model.Blocks;
using Publish.Pdf.Fonts;
using Publish.Pdf.Syntax;
using Publish.Typesetting.Frames;

namespace Publish.Pdf;

/// <summary>
/// Document-wide resources gathered in one pass over the frames before anything is written: fonts (by
/// <see cref="FontResource"/> reference identity) with their used glyphs, images (by path, so an image placed
/// twice is embedded once) and named destinations (first definition of a name wins). Object numbers are
/// reserved here; numbering follows first use in page order, so output is deterministic.
/// </summary>
internal sealed class ResourceRegistry
{
    private readonly Dictionary<FontResource, (FontUsage Usage, int Id)> fonts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, (string Name, int Id)> images = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DestinationTarget> destinations = new(StringComparer.Ordinal);
    private readonly List<(FontUsage Usage, int Id)> fontsInOrder = [];
    private readonly List<(string Path, ImageFacts? Facts, int Id)> imagesInOrder = [];

    public ResourceRegistry(PagedDocument document, PdfObjectTable table)
    {
        for (var pageIndex = 0; pageIndex < document.Pages.Length; pageIndex++)
        {
            foreach (var item in document.Pages[pageIndex].Items)
            {
                switch (item)
                {
                    case GlyphRun run:
                        if (!(run.Size > 0))
                        {
                            throw new ArgumentException($"Page {pageIndex + 1}: a glyph run has size {run.Size}; sizes must be positive.", nameof(document));
                        }

                        // A synthesized oblique or bold is shown with its real face's program: one embedded font.
                        if (!fonts.TryGetValue(run.Font.Program, out var entry))
                        {
                            entry = (new FontUsage(run.Font.Program, "F" + PdfFormat.Integer(fonts.Count + 1)), table.Reserve());
                            fonts.Add(run.Font.Program, entry);
                            fontsInOrder.Add(entry);
                        }

                        // Each (glyph, text) pair, not each glyph: a recorded run's glyphs need not be decoded for it.
                        foreach (var use in run.Glyphs.Uses)
                        {
                            entry.Usage.Add(use);
                        }

                        break;
                    case ImageItem image:
                        var key = Path.GetFullPath(image.Path);
                        if (!images.ContainsKey(key))
                        {
                            var id = table.Reserve();
                            images.Add(key, ("Im" + PdfFormat.Integer(images.Count + 1), id));
                            imagesInOrder.Add((key, image.Facts, id));
                        }

                        break;
                    case DestinationItem destination:
                        destinations.TryAdd(destination.Name, new DestinationTarget(pageIndex, destination.X, destination.Y));
                        break;
                    case RuleItem or LinkItem:
                        break;
                    default:
                        throw new NotSupportedException($"Frame item {item.GetType().Name} has no PDF form.");
                }
            }
        }
    }

    public IReadOnlyList<(FontUsage Usage, int Id)> Fonts => fontsInOrder;

    /// <summary>Each image once, with the reader's facts about it when the layout passed them on.</summary>
    public IReadOnlyList<(string Path, ImageFacts? Facts, int Id)> Images => imagesInOrder;

    public IReadOnlyDictionary<string, DestinationTarget> Destinations => destinations;

    public (FontUsage Usage, int Id) Font(FontResource font) => fonts[font.Program];

    public (string Name, int Id) Image(string path) => images[Path.GetFullPath(path)];
}
