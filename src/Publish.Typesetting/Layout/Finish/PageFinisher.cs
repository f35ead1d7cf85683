using System.Collections.Immutable;
using System.Globalization;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Model.Pages;
using Publish.Typesetting.Flow;
using Publish.Typesetting.Frames;
using Publish.Typesetting.Pages;

namespace Publish.Typesetting.Layout.Finish;

/// <summary>
/// The last stage of the print layout: composed pages → page frames with their bands (the running footer and its
/// folio; a running header would be drawn here too), the outline resolved to pages, the document's information and
/// structure tree, and the page map the EPUB's page list points into.
/// </summary>
internal static class PageFinisher
{
    public static PrintEdition Finish(Composition composition, PageBands bands, PrintFinish finish, DiagnosticBag diagnostics)
    {
        foreach (var issue in composition.Issues)
        {
            diagnostics.Warning(issue.Code, issue.Span, string.Create(CultureInfo.InvariantCulture, $"page {issue.PageNumber}: {issue.Message}"));
        }

        var page = finish.Style.Page;
        var count = composition.Pages.Length;
        var defined = finish.HasCrossReferences ? DefinedDestinations(composition) : null;

        // Inside a book the pages continue the book's folios (the article starts on a right-hand page, so its parity
        // is the folio's) and the book draws the footer, whose folios and {pages} only the whole book knows.
        var first = finish.FirstFolio ?? 1;
        var footed = finish.FirstFolio is null;
        var frames = ImmutableArray.CreateBuilder<PageFrame>(count);
        for (var i = 0; i < count; i++)
        {
            var composed = composition.Pages[i].Items;

            // A book's article with nothing to check keeps its composed items as they are, not a copy of them.
            var items = defined is null && !footed ? composed
                : [.. composed.Where(item => item is not LinkItem { Reference: not null, Destination: { } name } || defined is null || defined.Contains(name)), .. footed ? bands.Footer.Items(i + 1, count) : []];
            frames.Add(FacingPages.Place(new PageFrame(page.TrimWidth, page.TrimHeight, finish.Bleed, Label(first + i), items), first + i, page.Margins));
        }

        var metadata = finish.Document.Metadata;
        var info = new DocumentInfo(
            metadata.Title,
            metadata.Authors.IsDefault ? [] : metadata.Authors,
            Subject(metadata),
            [],
            metadata.Language,
            finish.Date,
            finish.Producer);
        var placed = frames.MoveToImmutable();
        var paged = new PagedDocument(placed, info, Outline(placed, finish.Outline))
        {
            Structure = finish.Structure.Elements,
            Marks = finish.Marks,
        };
        return new PrintEdition(paged, PageMap(composition, first));
    }

    /// <summary>
    /// The destinations the pages define. A cross-reference whose target set none (a construct whose layout does not
    /// place its id yet) keeps its text but loses its link: a link to nowhere is a broken PDF (ISO 32000-1 §12.3.2.3).
    /// </summary>
    private static HashSet<string> DefinedDestinations(Composition composition)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var composed in composition.Pages)
        {
            foreach (var item in composed.Items)
            {
                if (item is DestinationItem destination)
                {
                    names.Add(destination.Name);
                }
            }
        }

        return names;
    }

    private static string Label(int folio) => folio.ToString(CultureInfo.InvariantCulture);

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
    private static PrintPageMap PageMap(Composition composition, int first)
    {
        var starts = ImmutableArray.CreateBuilder<PageStart>(composition.Pages.Length);
        var last = new ContentAnchor(ContentRegion.Body, 0, 0);
        for (var i = 0; i < composition.Pages.Length; i++)
        {
            last = composition.Pages[i].FirstAnchor ?? last;
            starts.Add(new PageStart(Label(first + i), last));
        }

        return new PrintPageMap(starts.MoveToImmutable());
    }
}
