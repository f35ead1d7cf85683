using Publish.Pdf.Tests.Support;
using Publish.Typesetting.Frames;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Outline;

namespace Publish.Pdf.Tests;

public sealed class PdfWriterNavigationTests : IDisposable
{
    private readonly TestFont serif = new(RepositoryPaths.Font("NotoSerif-Regular.ttf"));

    public void Dispose() => serif.Dispose();

    private PagedDocument NoteDocument() => Documents.Of(
        [
            new OutlineEntry("Chapter 1", 1, 0, 50),
            new OutlineEntry("Section 1.1", 2, 1, 80),
            new OutlineEntry("Section 1.1.1", 3, 1, 120),
            new OutlineEntry("Chapter 2 — Şehir", 1, 1, 300),
        ],
        Documents.Page(
            serif.Shape("Marker1 and https://example.org/a?b=c", 11, 60, 100),
            new DestinationItem("fnref1", 60, 90),
            new LinkItem(60, 90, 40, 12, null, "fn1"),
            new LinkItem(120, 90, 150, 12, "https://example.org/a?b=c", null)),
        Documents.Page(
            serif.Shape("1. The note", 9, 60, 500),
            new DestinationItem("fn1", 60, 490),
            new LinkItem(60, 490, 10, 10, null, "fnref1")));

    [Fact]
    public void Url_links_are_clickable_hyperlinks()
    {
        using var document = PdfDocument.Open(new PdfWriter().WriteToArray(NoteDocument()));

        var link = Assert.Single(document.GetPage(1).GetHyperlinks(), h => h.Uri is not null);
        Assert.Equal("https://example.org/a?b=c", link.Uri);

        // LinkItem(120, 90, 150, 12): top-left corner in frame space, so the PDF rectangle spans y 493.28…505.28.
        Assert.Equal((120, Documents.A5Height - 102, 270, Documents.A5Height - 90),
            (Math.Round(link.Bounds.Left, 2), Math.Round(link.Bounds.Bottom, 2), Math.Round(link.Bounds.Right, 2), Math.Round(link.Bounds.Top, 2)));
    }

    [Fact]
    public void A_link_with_non_ASCII_characters_is_percent_encoded()
    {
        var document = Documents.Of(Documents.Page(new LinkItem(10, 10, 50, 12, "https://tr.example/Şanlıurfa a", null)));
        using var pdf = PdfDocument.Open(new PdfWriter().WriteToArray(document));

        var uri = Assert.Single(pdf.GetPage(1).GetHyperlinks()).Uri;
        Assert.Equal("https://tr.example/%C5%9Eanl%C4%B1urfa%20a", uri);
    }

    [Fact]
    public void Marker_and_note_links_resolve_to_each_others_pages()
    {
        using var document = PdfDocument.Open(new PdfWriter().WriteToArray(NoteDocument()));

        Assert.Equal(2, TargetPage(document.GetPage(1).GetAnnotations().First(a => a.Action is GoToAction)));
        Assert.Equal(1, TargetPage(document.GetPage(2).GetAnnotations().Single()));
    }

    [Fact]
    public void Named_destinations_point_at_the_frame_position()
    {
        using var document = PdfDocument.Open(new PdfWriter().WriteToArray(NoteDocument()));

        var action = (GoToAction)document.GetPage(1).GetAnnotations().First(a => a.Action is GoToAction).Action!;
        Assert.Equal(Documents.A5Height - 490, action.Destination.Coordinates.Top!.Value, 0.01);
        Assert.Equal(60, action.Destination.Coordinates.Left!.Value, 0.01);
    }

    [Fact]
    public void Named_destinations_are_a_sorted_name_tree()
    {
        var raw = PdfBytes.Latin1(new PdfWriter().WriteToArray(NoteDocument()));

        var tree = raw[raw.IndexOf("/Dests << /Names [", StringComparison.Ordinal)..];
        Assert.True(tree.IndexOf("(fn1)", StringComparison.Ordinal) < tree.IndexOf("(fnref1)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_to_a_destination_no_page_defines_is_refused()
    {
        var document = Documents.Of(Documents.Page(new LinkItem(0, 0, 10, 10, null, "nowhere")));

        var error = Assert.Throws<ArgumentException>(() => new PdfWriter().WriteToArray(document));
        Assert.Contains("nowhere", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bookmarks_nest_by_level_and_point_at_their_pages()
    {
        using var document = PdfDocument.Open(new PdfWriter().WriteToArray(NoteDocument()));

        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var roots = bookmarks.Roots.Cast<DocumentBookmarkNode>().ToList();
        Assert.Equal(["Chapter 1", "Chapter 2 — Şehir"], roots.Select(r => r.Title));
        Assert.Equal([1, 2], roots.Select(r => r.PageNumber));
        var section = Assert.IsType<DocumentBookmarkNode>(Assert.Single(roots[0].Children));
        Assert.Equal(("Section 1.1", 2), (section.Title, section.PageNumber));
        Assert.Equal("Section 1.1.1", Assert.Single(section.Children).Title);
        Assert.Empty(roots[1].Children);
    }

    [Fact]
    public void A_document_without_headings_has_no_outline()
    {
        var raw = PdfBytes.Latin1(new PdfWriter().WriteToArray(Documents.Of(Documents.Page(serif.Shape("x", 10, 10, 10)))));

        Assert.DoesNotContain("/Outlines", raw, StringComparison.Ordinal);
    }

    private static int TargetPage(UglyToad.PdfPig.Annotations.Annotation annotation) =>
        ((GoToAction)annotation.Action!).Destination.PageNumber;
}
