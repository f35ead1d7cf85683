using System.Collections.Immutable;
using System.Globalization;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Model.Input;
using Publish.Model.Pages;
using Publish.Styles;
using Publish.Typesetting.Flow;
using Publish.Typesetting.Fonts;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Layout;

/// <summary>
/// The print edition's pipeline: set the flow (<see cref="FlowBuilder"/>) → fill pages with notes at their
/// feet (<see cref="FlowComposer"/>) → add the running footer → page frames, outline and page map.
/// </summary>
public sealed class PrintLayout
{
    // Shared with the style loader's fit check, which must allow for the same distances.
    private const double FooterGap = PrintPageFurniture.FooterGap;
    private const double MinimumEdge = PrintPageFurniture.MinimumEdge;

    /// <summary>3 mm, the bleed print shops ask for.</summary>
    private const double PressBleed = 3 * 72 / 25.4;

    /// <summary>The resolution below which a photo prints visibly soft.</summary>
    private const double PressMinimumDpi = 300;

    private readonly HouseStyle _style;
    private readonly PdfProfile _profile;

    public PrintLayout(HouseStyle style, PdfProfile profile = PdfProfile.Default)
    {
        _style = style;
        _profile = profile;
    }

    /// <summary>
    /// Helper threads that set a long book's paragraphs while the flow is built: null (the default) uses the idle
    /// cores, 0 none, n exactly n. The result is the same either way.
    /// </summary>
    public int? HelperThreads { get; init; }

    /// <summary>The build's font files, shared with the EPUB; null reads them through a store of the layout's own.</summary>
    public FontFileStore? FontFiles { get; init; }

    public PrintEdition Layout(Document document, DateTimeOffset date, string producer, DiagnosticBag diagnostics, Action<double>? progress = null)
    {
        using var fonts = new FontLibrary(FontFiles ?? new FontFileStore());
        var hyphenation = TypesetterPool.HyphenationFor(_style);
        using var typesetters = new TypesetterPool(_style, fonts, hyphenation);
        var page = _style.Page;
        var language = document.Metadata.Language;

        // The footer hangs below the text area; if the style's bottom margin cannot hold it, the text area
        // gives way, so text and notes can never reach the footer.
        var textBottom = page.TrimHeight - page.Margins.Bottom;
        var footer = FooterBuilder.Build(_style, document.Institution, typesetters, textBottom + FooterGap, language, diagnostics);
        var overflow = footer.Bottom - (page.TrimHeight - MinimumEdge);
        if (overflow > 0)
        {
            textBottom -= overflow;
            footer = FooterBuilder.Build(_style, document.Institution, typesetters, textBottom + FooterGap, language, diagnostics);
        }

        var area = new PageArea(page.Margins.Top, textBottom, page.Margins.Inner, page.TextWidth);
        var body = _style.Text.Body;

        var noteStyle = new FootnoteAreaStyle(body.Leading * PrintPageFurniture.NoteGapAboveInBodyLines, page.TextWidth / 3, PrintPageFurniture.NoteRuleThickness, PrintPageFurniture.NoteGapBelow, RgbColor.Black)
        {
            ContinuationMark = FooterBuilder.Mark(_style, _style.Text.Note, "\u2192", typesetters, language, diagnostics),
        };

        // The style loader refuses geometry no page can hold (PUB2027), but the footer's institution lines come
        // from the manuscript too: a text area they squeeze below a line with its note would lose the note.
        var lineWithNote = body.Leading + noteStyle.SeparatorHeight + _style.Text.Note.Leading;
        if (textBottom - page.Margins.Top < lineWithNote)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"the running footer ({footer.Bottom - textBottom - FooterGap:0.#} pt with the institution's lines) leaves a text area of {Math.Max(0, textBottom - page.Margins.Top):0.#} pt, less than a line with its note needs ({lineWithNote:0.#} pt); shorten the footer or its leading"));
        }

        var structure = new StructureBuilder();
        var press = _profile == PdfProfile.Press;
        var builder = new FlowBuilder(_style, typesetters, language, diagnostics, structure, press ? PressMinimumDpi : null)
        {
            HelperPools = HelperThreads == 0 ? null : () => new TypesetterPool(_style, fonts, hyphenation),
            HelperCount = HelperThreads,
        };
        var flow = builder.Build(document, progress);
        var composition = new FlowComposer(area, noteStyle).Compose(flow);
        foreach (var issue in composition.Issues)
        {
            diagnostics.Warning(issue.Code, issue.Span, string.Create(CultureInfo.InvariantCulture, $"page {issue.PageNumber}: {issue.Message}"));
        }

        var count = composition.Pages.Length;
        var bleed = press ? Math.Max(page.Bleed, PressBleed) : 0;
        var frames = composition.Pages
            .Select((composed, i) => new PageFrame(
                page.TrimWidth,
                page.TrimHeight,
                bleed,
                Label(i),
                [.. composed.Items, .. footer.Items(i + 1, count)]))
            .ToImmutableArray();

        var info = new PdfDocumentInfo(
            document.Metadata.Title,
            document.Metadata.Authors.IsDefault ? [] : document.Metadata.Authors,
            Subject(document.Metadata),
            [],
            language,
            date,
            producer);
        var paged = new PagedDocument(frames, info, Outline(frames, builder.Outline))
        {
            Structure = structure.Elements,
            Marks = press ? PrintMarks.Crop : PrintMarks.None,
        };
        return new PrintEdition(paged, PageMap(composition));
    }

    private static string Label(int pageIndex) => (pageIndex + 1).ToString(CultureInfo.InvariantCulture);

    private static string? Subject(Metadata metadata)
    {
        var parts = new[] { metadata.Publisher, metadata.Series is null ? null : $"{metadata.Series} {metadata.Number}".Trim() }
            .Where(p => !string.IsNullOrWhiteSpace(p));
        var subject = string.Join(", ", parts);
        return subject.Length == 0 ? null : subject;
    }

    private static ImmutableArray<OutlineEntry> Outline(ImmutableArray<PageFrame> frames, IReadOnlyList<OutlineTarget> targets)
    {
        var destinations = new Dictionary<string, (int Page, double Y)>(StringComparer.Ordinal);
        for (var i = 0; i < frames.Length; i++)
        {
            foreach (var destination in frames[i].Items.OfType<DestinationItem>())
            {
                destinations.TryAdd(destination.Name, (i, destination.Y));
            }
        }

        return [.. targets
            .Where(t => destinations.ContainsKey(t.Destination))
            .Select(t => new OutlineEntry(t.Title, t.Level, destinations[t.Destination].Page, destinations[t.Destination].Y))];
    }

    /// <summary>Where each printed page begins in the document; a page that starts with no new content repeats the previous position.</summary>
    private static PrintPageMap PageMap(Composition composition)
    {
        var starts = ImmutableArray.CreateBuilder<PageStart>(composition.Pages.Length);
        var last = new ContentAnchor(ContentRegion.Body, 0, 0);
        for (var i = 0; i < composition.Pages.Length; i++)
        {
            last = composition.Pages[i].FirstAnchor ?? last;
            starts.Add(new PageStart(Label(i), last));
        }

        return new PrintPageMap(starts.MoveToImmutable());
    }
}
