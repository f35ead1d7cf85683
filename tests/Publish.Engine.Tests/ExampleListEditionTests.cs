using System.IO.Compression;
using System.Xml.Linq;
using UglyToad.PdfPig;

namespace Publish.Engine.Tests;

/// <summary>
/// Pandoc's example lists (<c>(@)</c>, <c>(@label)</c>, references <c>(@label)</c>) through both editions of
/// <c>tests/manuscripts/markdown/example-lists.md</c>: numbered on across the manuscript, a repeated label keeping its
/// number (Pandoc's manual), a reference set as the number; an unknown label left as written.
/// </summary>
public sealed class ExampleListEditionTests
{
    private const string Manuscript = "tests/manuscripts/markdown/example-lists.md";
    private static readonly XNamespace X = "http://www.w3.org/1999/xhtml";

    [Fact]
    public void The_epub_numbers_the_examples_on_across_lists()
    {
        using var zip = ZipFile.OpenRead(Editions.EpubOf(Path.Combine(Repo.Root, Manuscript)));
        var documents = zip.Entries.Where(e => e.Name.StartsWith("text-", StringComparison.Ordinal))
            .Select(e => { using var s = e.Open(); return XDocument.Load(s); }).ToList();
        var lists = documents.SelectMany(d => d.Descendants(X + "ol")).ToList();

        Assert.Equal([null, "3", "2"], lists.Select(ol => ol.Attribute("start")?.Value));
        Assert.Equal([2, 1, 1], lists.Select(ol => ol.Elements(X + "li").Count()));
        var text = string.Join(" ", documents.Select(d => d.Root!.Value));
        Assert.Contains("As (2) shows", text, StringComparison.Ordinal);
        Assert.Contains("(@unknown) is no example", text, StringComparison.Ordinal);
        Assert.DoesNotContain("(@)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pdf_sets_each_example_with_its_number()
    {
        using var pdf = PdfDocument.Open(Editions.PdfOf(Path.Combine(Repo.Root, Manuscript)));
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).ToList();

        // Each item's label sits on the baseline of its first word, to its left.
        foreach (var (label, first) in new[] { ("1.", "ship"), ("2.", "berth"), ("3.", "lighter") })
        {
            var word = words.First(w => w.Text == first);
            Assert.Contains(words, w => w.Text == label && Math.Abs(w.BoundingBox.Bottom - word.BoundingBox.Bottom) < 1 && w.BoundingBox.Left < word.BoundingBox.Left);
        }

        Assert.DoesNotContain(words, w => w.Text.Contains("(@)", StringComparison.Ordinal) || w.Text.Contains("(@berth)", StringComparison.Ordinal));
        Assert.Contains(words, w => w.Text == "(2)");
    }
}
