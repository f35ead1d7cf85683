using System.Xml.Linq;
using Publish.Model;
using Publish.Model.Pages;

namespace Publish.Epub.Tests;

/// <summary>The writer's own words follow the document's language unless the caller gives its own.</summary>
public sealed class LabelTests
{
    private static readonly XNamespace X = WrittenEpub.Xhtml;
    private static readonly XName EpubType = WrittenEpub.Ops + "type";

    [Theory]
    [InlineData("tr", "İçindekiler", "Kaynakça", "Bu makaleye atıf için", "Notlar")]
    [InlineData("tr-TR", "İçindekiler", "Kaynakça", "Bu makaleye atıf için", "Notlar")]
    [InlineData("en", "Contents", "Bibliography", "To cite this article", "Notes")]
    [InlineData("en-GB", "Contents", "Bibliography", "To cite this article", "Notes")]
    [InlineData("de", "Inhalt", "Literaturverzeichnis", "Zitiervorschlag", "Anmerkungen")]
    [InlineData("fr", "Table des matières", "Bibliographie", "Pour citer cet article", "Notes")]
    [InlineData("az", "Contents", "Bibliography", "To cite this article", "Notes")]
    public void Generated_headings_and_navigation_are_in_the_documents_language(string language, string contents, string bibliography, string citation, string notes)
    {
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder, language), TestDocuments.Options(), PrintPageMap.Empty, folder);

        var nav = epub.Xml("EPUB/nav.xhtml");
        var toc = nav.Descendants(X + "nav").Single(n => n.Attribute(EpubType)?.Value == "toc");
        Assert.Equal(contents, toc.Element(X + "h2")?.Value ?? toc.Element(X + "h1")?.Value);
        var tocLabels = toc.Descendants(X + "a").Select(a => a.Value).ToList();
        Assert.Contains(bibliography, tocLabels);
        var headings = epub.XhtmlDocuments.SelectMany(d => d.Document.Descendants()).Where(e => e.Name.LocalName is "h1" or "h2").Select(e => e.Value).ToList();
        Assert.Contains(bibliography, headings);
        Assert.Contains(citation, headings);
        var footnotes = epub.XhtmlDocuments.SelectMany(d => d.Document.Descendants(X + "section")).First(s => s.Attribute(EpubType)?.Value == "footnotes");
        Assert.Equal(notes, footnotes.Attribute("aria-label")?.Value);
    }

    [Fact]
    public void Labels_given_by_the_caller_win_over_the_language()
    {
        var folder = WrittenEpub.NewFolder();
        var options = TestDocuments.Options() with { Labels = EditionLabels.English with { Bibliography = "Works cited" } };
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder, "tr"), options, PrintPageMap.Empty, folder);

        var headings = epub.XhtmlDocuments.SelectMany(d => d.Document.Descendants(X + "h1")).Select(e => e.Value).ToList();
        Assert.Contains("Works cited", headings);
        Assert.DoesNotContain("Kaynakça", headings);
    }
}
