using System.IO.Compression;
using System.Xml.Linq;
using UglyToad.PdfPig;

namespace Publish.Engine.Tests;

/// <summary>
/// A definition list nested inside a definition (Pandoc reads one; its guide has one under <c>--reference-doc</c>),
/// through both editions of <c>tests/manuscripts/markdown/nested-definitions.md</c>: a <c>dl</c> inside the outer
/// <c>dd</c> in the EPUB, and in the PDF the nested terms set further in than the outer ones.
/// </summary>
public sealed class NestedDefinitionEditionTests
{
    private const string Manuscript = "tests/manuscripts/markdown/nested-definitions.md";
    private static readonly XNamespace X = "http://www.w3.org/1999/xhtml";

    [Fact]
    public void The_epub_nests_the_inner_list_in_the_outer_definition()
    {
        using var zip = ZipFile.OpenRead(Editions.EpubOf(Path.Combine(Repo.Root, Manuscript)));
        var lists = zip.Entries.Where(e => e.Name.StartsWith("text-", StringComparison.Ordinal))
            .Select(e => { using var s = e.Open(); return XDocument.Load(s); })
            .SelectMany(d => d.Descendants(X + "dl")).ToList();

        var outer = Assert.Single(lists, dl => dl.Parent?.Name != X + "dd");
        var inner = Assert.Single(lists, dl => dl.Parent?.Name == X + "dd");
        Assert.Equal(["Manifest", "Bill of lading", "Clearance"], outer.Elements(X + "dt").Select(dt => dt.Value));
        Assert.Equal(["Cargo manifest", "Passenger manifest"], inner.Elements(X + "dt").Select(dt => dt.Value));
        Assert.Same(outer.Elements(X + "dd").First(), inner.Parent);
        Assert.Equal(["p", "p", "pre"], inner.Elements(X + "dd").First().Elements().Select(e => e.Name.LocalName));
        Assert.Single(inner.Elements(X + "dd").Last().Elements(X + "ul"));
    }

    [Fact]
    public void The_pdf_sets_the_nested_terms_inside_the_outer_definition()
    {
        using var pdf = PdfDocument.Open(Editions.PdfOf(Path.Combine(Repo.Root, Manuscript)));
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).ToList();
        double LeftOf(string word) => words.First(w => w.Text == word).BoundingBox.Left;

        // No ':' line is printed: every marker was read as a definition.
        Assert.DoesNotContain(words, w => w.Text == ":");
        Assert.True(LeftOf("Cargo") > LeftOf("Manifest") + 5, $"Cargo at {LeftOf("Cargo")}, Manifest at {LeftOf("Manifest")}");
        Assert.True(LeftOf("Passenger") > LeftOf("Manifest") + 5);
        Assert.Equal(LeftOf("Manifest"), LeftOf("Clearance"), 1);
    }
}
