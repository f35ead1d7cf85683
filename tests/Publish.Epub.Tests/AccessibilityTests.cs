using System.Xml.Linq;
using Publish.Model.Pages;

namespace Publish.Epub.Tests;

public sealed class AccessibilityTests
{
    private static readonly XNamespace X = WrittenEpub.Xhtml;
    private static readonly XName EpubType = WrittenEpub.Ops + "type";

    [Fact]
    public void Metadata_claims_what_the_book_has()
    {
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options(), TestDocuments.Pages(), folder);

        var meta = Meta(epub);
        Assert.Equal(["textual", "visual"], meta["schema:accessMode"]);
        Assert.Equal(["textual", "textual,visual"], meta["schema:accessModeSufficient"]);
        Assert.Superset(new HashSet<string> { "tableOfContents", "readingOrder", "structuralNavigation", "alternativeText", "printPageNumbers", "pageBreakMarkers", "pageNavigation" },
            meta["schema:accessibilityFeature"].ToHashSet());
        Assert.Equal(["none"], meta["schema:accessibilityHazard"]);
        Assert.Contains("All 3 image(s) have a text alternative", Assert.Single(meta["schema:accessibilitySummary"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Alternative_text_is_not_claimed_when_an_image_has_neither_description_nor_caption()
    {
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder, secondFigureHasAlt: false), TestDocuments.Options(), PrintPageMap.Empty, folder);

        var meta = Meta(epub);
        Assert.DoesNotContain("alternativeText", meta["schema:accessibilityFeature"]);
        Assert.Equal(["textual,visual"], meta["schema:accessModeSufficient"]);
        Assert.DoesNotContain("printPageNumbers", meta["schema:accessibilityFeature"]);
        Assert.Contains("1 of 3 image(s) lack a text alternative", Assert.Single(meta["schema:accessibilitySummary"]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_only_book_is_textual_only()
    {
        var folder = WrittenEpub.NewFolder();
        var document = TestDocuments.Sample(folder) with { Body = [TestDocuments.Para("Only text.")] };
        using var epub = WrittenEpub.Of(document, TestDocuments.Options() with { CoverFonts = null }, PrintPageMap.Empty, folder);

        var meta = Meta(epub);
        Assert.Equal(["textual"], meta["schema:accessMode"]);
        Assert.Equal(["textual"], meta["schema:accessModeSufficient"]);
    }

    [Fact]
    public void Every_xhtml_file_carries_the_documents_language_and_turkish_text_survives()
    {
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder, language: "tr"), TestDocuments.Options(), TestDocuments.Pages(), folder);

        foreach (var (entry, document) in epub.XhtmlDocuments)
        {
            var html = document.Root!;
            Assert.True(html.Attribute("lang")?.Value == "tr", entry);
            Assert.True(html.Attribute(XNamespace.Xml + "lang")?.Value == "tr", entry);
        }

        Assert.Equal("tr", PackageTests.Opf(epub).Descendants(XName.Get("language", "http://purl.org/dc/elements/1.1/")).Single().Value);
        Assert.Contains(epub.Xml("EPUB/text-002.xhtml").Descendants(X + "p"), p => p.Value.StartsWith("Türkçe metin: İstanbul’da ılık ağaç şöyle dedi “Günaydın”.", StringComparison.Ordinal));
    }

    [Fact]
    public void Epub_types_with_a_dpub_aria_mapping_carry_the_matching_role()
    {
        var roles = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["noteref"] = "doc-noteref",
            ["footnote"] = "doc-footnote",
            ["pagebreak"] = "doc-pagebreak",
            ["page-list"] = "doc-pagelist",
            ["toc"] = "doc-toc",
            ["bibliography"] = "doc-bibliography",
            ["colophon"] = "doc-colophon",
            ["abstract"] = "doc-abstract",
        };
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options(), TestDocuments.Pages(), folder);

        var typed = epub.XhtmlDocuments.SelectMany(d => d.Document.Descendants().Where(e => e.Attribute(EpubType) is not null)).ToList();
        Assert.NotEmpty(typed);
        foreach (var element in typed)
        {
            var first = element.Attribute(EpubType)!.Value.Split(' ')[0];
            if (element.Parent?.Parent?.Parent?.Attribute(EpubType)?.Value == "landmarks")
            {
                Assert.Null(element.Attribute("role"));
                Assert.DoesNotContain(first, roles.Keys);
            }
            else if (roles.TryGetValue(first, out var role))
            {
                Assert.Equal(role, element.Attribute("role")?.Value);
            }
            else
            {
                Assert.Contains(first, new[] { "cover", "titlepage", "frontmatter", "bodymatter", "backmatter", "footnotes", "landmarks" });
            }
        }
    }

    private static Dictionary<string, List<string>> Meta(WrittenEpub epub) =>
        PackageTests.Opf(epub).Descendants(WrittenEpub.Opf + "meta")
            .Where(m => m.Attribute("property") is not null && m.Attribute("refines") is null)
            .GroupBy(m => m.Attribute("property")!.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(m => m.Value).ToList(), StringComparer.Ordinal);
}
