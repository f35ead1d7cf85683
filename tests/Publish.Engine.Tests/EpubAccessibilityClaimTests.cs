using System.IO.Compression;
using System.Xml.Linq;
using Publish.Engine.Tests.Hostile;

namespace Publish.Engine.Tests;

/// <summary>
/// Issue 16 item 5 through the real CLI: the EPUB Accessibility 1.1 claim follows the style's
/// <c>epub.accessibility.certified-by</c> and the manuscript (its publisher, its images' text alternatives), and the
/// build says why when there is none.
/// </summary>
public sealed class EpubAccessibilityClaimTests
{
    private static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";

    [Theory]
    [InlineData(null, "Example Press")]
    [InlineData("\"Accessibility Desk, Example Press\"", "Accessibility Desk, Example Press")]
    [InlineData("none", null)]
    public void The_claim_names_the_styles_certifier_else_the_publisher_and_none_withdraws_it(string? certifiedBy, string? expected)
    {
        using var build = new HostileBuild();
        var yaml = certifiedBy is null ? "epub:\n  notes: section-end\n" : $"epub:\n  accessibility:\n    certified-by: {certifiedBy}\n";
        var style = build.Scratch.Write(Path.Combine("house", "style.yaml"), HostileStyle.StyleText(HostileStyle.ShippedSerif, yaml));
        var manuscript = build.Write("book.md", "---\ntitle: A Claim\npublisher: Example Press\nlang: en\n---\n\nOne paragraph.\n");

        var outcome = build.Build(manuscript, "--style", style, "--format", "epub", "-q");

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        var meta = Meta(build.Edition(manuscript, ".epub"));
        Assert.Equal(expected, meta.GetValueOrDefault("a11y:certifiedBy"));
        Assert.Equal(expected is null ? null : "EPUB Accessibility 1.1 - WCAG 2.2 Level AA", meta.GetValueOrDefault("dcterms:conformsTo"));
    }

    [Fact]
    public void An_image_without_a_text_alternative_is_reported_at_its_line_and_the_book_claims_nothing()
    {
        using var build = new HostileBuild();
        build.WriteBytes("images/plain.png", TestImages.Png(40, 20, (200, 40, 40)));
        var manuscript = build.Write("book.md", "---\ntitle: No Alt\npublisher: Example Press\nlang: en\n---\n\nBefore.\n\n![](images/plain.png)\n\nAfter.\n");

        var outcome = build.Build(manuscript, "--format", "epub");

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        Assert.Single(HostileBuild.Lines(outcome, manuscript, "warning", "PUB6009"));
        var meta = Meta(build.Edition(manuscript, ".epub"));
        Assert.False(meta.ContainsKey("dcterms:conformsTo"));
        Assert.False(meta.ContainsKey("a11y:certifiedBy"));
    }

    private static Dictionary<string, string> Meta(string epub)
    {
        using var zip = ZipFile.OpenRead(epub);
        using var stream = zip.GetEntry("EPUB/content.opf")!.Open();
        return XDocument.Load(stream).Descendants(Opf + "meta")
            .Where(m => m.Attribute("property") is not null && m.Attribute("refines") is null)
            .GroupBy(m => m.Attribute("property")!.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
    }
}
