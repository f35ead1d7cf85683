using System.Text;
using Publish.Pdf.Tests.Support;
using Publish.Typesetting.Frames;
using UglyToad.PdfPig;

namespace Publish.Pdf.Tests;

/// <summary>
/// A URL wrapped over many lines is one annotation per line, all sharing one /URI action and one /Contents
/// string: the file holds the URL once, not once per line (issue 14: a 300 KB URL made a 2.47 GB PDF).
/// </summary>
public sealed class PdfWriterLinkCostTests
{
    private static readonly string LongUrl = "https://example.org/" + new string('q', 20_000);

    private static PagedDocument Wrapped(string url, int lines, int pages) =>
        Documents.Of([.. Enumerable.Range(0, pages).Select(_ => Documents.Page(
            [.. Enumerable.Range(0, lines).Select(line => (FrameItem)new LinkItem(60, 60 + (14 * line), 300, 12, url, null) { Description = url })]))]);

    [Fact]
    public void A_long_url_on_many_lines_is_written_once()
    {
        var bytes = new PdfWriter().WriteToArray(Wrapped(LongUrl, lines: 30, pages: 4));
        var text = Encoding.Latin1.GetString(bytes);

        Assert.Single(AllIndexes(text, "/S /URI"));
        Assert.Equal(2, AllIndexes(text, new string('q', 20_000)).Count); // the action and the description
        Assert.True(bytes.Length < (3 * LongUrl.Length) + 40_000, $"{bytes.Length:N0} bytes for 120 rectangles of a {LongUrl.Length:N0}-character URL");

        using var pdf = PdfDocument.Open(bytes);
        var links = pdf.GetPages().SelectMany(page => page.GetHyperlinks()).ToList();
        Assert.Equal(120, links.Count);
        Assert.All(links, link => Assert.Equal(LongUrl, link.Uri));
    }

    [Fact]
    public void A_short_url_stays_inline_in_its_annotation()
    {
        var text = Encoding.Latin1.GetString(new PdfWriter().WriteToArray(Wrapped("https://example.org/short", lines: 2, pages: 1)));

        Assert.Equal(2, AllIndexes(text, "/A << /S /URI /URI (https://example.org/short) >>").Count);
    }

    private static List<int> AllIndexes(string text, string value)
    {
        var found = new List<int>();
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            found.Add(at);
        }

        return found;
    }
}
