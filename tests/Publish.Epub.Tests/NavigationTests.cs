using System.Xml.Linq;
using Publish.Epub.Content;
using Publish.Epub.Navigation;
using Publish.Model;

namespace Publish.Epub.Tests;

public sealed class NavigationTests
{
    private static readonly XNamespace X = WrittenEpub.Xhtml;

    [Fact]
    public void Table_of_contents_nests_by_level_and_stays_a_valid_list_when_levels_jump()
    {
        var toc = Toc([("A", 1), ("B", 2), ("C", 4), ("D", 1), ("E", 2), ("F", 2)]);

        Assert.Equal("A[B[C]] D[E F]", Shape(toc));
    }

    [Fact]
    public void A_first_entry_deeper_than_later_ones_keeps_them_all_at_top_level()
    {
        var toc = Toc([("X", 2), ("Y", 1), ("Z", 2)]);

        Assert.Equal("X Y[Z]", Shape(toc));
    }

    private static XElement Toc(IEnumerable<(string Label, int Level)> entries)
    {
        var bytes = NavigationDocumentWriter.Write(new Metadata { Title = "T" }, new EditionLabels(),
            [.. entries.Select(e => new TocEntry(e.Label, "text-001.xhtml#" + e.Label, e.Level))], [], []);
        return XDocument.Load(new MemoryStream(bytes)).Descendants(X + "nav").First().Element(X + "ol")!;
    }

    /// <summary>"A[B C]" for a list whose item A holds a list of B and C; asserts every li is one link and at most one list.</summary>
    private static string Shape(XElement ol) => string.Join(" ", ol.Elements(X + "li").Select(li =>
    {
        var children = li.Elements().ToList();
        Assert.Equal("a", children[0].Name.LocalName);
        Assert.True(children.Count == 1 || (children.Count == 2 && children[1].Name.LocalName == "ol"));
        return children[0].Value + (children.Count == 2 ? "[" + Shape(children[1]) + "]" : string.Empty);
    }));
}
