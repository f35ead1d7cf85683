using Publish.Model.Diagnostics;
using Publish.Model.Pages;

namespace Publish.Epub.Tests;

/// <summary>
/// The EPUB Accessibility 1.1 claim (issue 16 item 5): <c>dcterms:conformsTo</c> and <c>a11y:certifiedBy</c> only when
/// every image has a text alternative and someone answers for the claim; the features and summary follow the content.
/// </summary>
public sealed class ConformanceClaimTests
{
    private const string Claim = "EPUB Accessibility 1.1 - WCAG 2.2 Level AA";

    [Fact]
    public void A_book_whose_images_all_have_alt_text_claims_conformance_certified_by_its_publisher()
    {
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options(), TestDocuments.Pages(), folder);

        var meta = Meta(epub);
        Assert.Equal([Claim], meta["dcterms:conformsTo"]);
        Assert.Equal(["Center for Eurasian Studies"], meta["a11y:certifiedBy"]);
        Assert.Contains("alternativeText", meta["schema:accessibilityFeature"]);
        Assert.Contains("Meets EPUB Accessibility 1.1 and WCAG 2.2 Level AA, as evaluated by Center for Eurasian Studies.", Assert.Single(meta["schema:accessibilitySummary"]), StringComparison.Ordinal);
        Assert.DoesNotContain(epub.Diagnostics, d => d.Code == EpubDiagnosticCodes.ImageWithoutAltText);

        // The reserved prefixes stay undeclared (EPUBCheck OPF-007).
        Assert.Null(PackageTests.Opf(epub).Root!.Attribute("prefix"));
    }

    [Fact]
    public void The_styles_certifier_is_named_instead_of_the_publisher()
    {
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options() with { CertifiedBy = "Accessibility Desk, Example Press" }, PrintPageMap.Empty, folder);

        Assert.Equal(["Accessibility Desk, Example Press"], Meta(epub)["a11y:certifiedBy"]);
    }

    [Fact]
    public void An_image_without_alt_text_withdraws_the_claim_with_a_warning_at_the_figure()
    {
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder, secondFigureHasAlt: false), TestDocuments.Options(), TestDocuments.Pages(), folder);

        var meta = Meta(epub);
        Assert.False(meta.ContainsKey("dcterms:conformsTo"));
        Assert.False(meta.ContainsKey("a11y:certifiedBy"));
        Assert.DoesNotContain("alternativeText", meta["schema:accessibilityFeature"]);
        Assert.Equal(["textual,visual"], meta["schema:accessModeSufficient"]);
        Assert.DoesNotContain("Meets EPUB Accessibility", Assert.Single(meta["schema:accessibilitySummary"]), StringComparison.Ordinal);
        var warning = Assert.Single(epub.Diagnostics, d => d.Code == EpubDiagnosticCodes.ImageWithoutAltText);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(TestDocuments.Here, warning.Span);
    }

    [Fact]
    public void Without_publisher_or_certifier_no_claim_is_made()
    {
        var folder = WrittenEpub.NewFolder();
        var document = TestDocuments.Sample(folder);
        document = document with { Metadata = document.Metadata with { Publisher = null } };
        using var epub = WrittenEpub.Of(document, TestDocuments.Options(), PrintPageMap.Empty, folder);

        var meta = Meta(epub);
        Assert.False(meta.ContainsKey("dcterms:conformsTo"));
        Assert.False(meta.ContainsKey("a11y:certifiedBy"));
        Assert.Contains("alternativeText", meta["schema:accessibilityFeature"]);
        Assert.DoesNotContain(epub.Diagnostics, d => d.Severity == DiagnosticSeverity.Info || d.Code == EpubDiagnosticCodes.ImageWithoutAltText);
    }

    [Fact]
    public void A_style_that_claims_nothing_keeps_the_features_and_says_nothing_of_conformance()
    {
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options() with { ClaimAccessibility = false }, TestDocuments.Pages(), folder);

        var meta = Meta(epub);
        Assert.False(meta.ContainsKey("dcterms:conformsTo"));
        Assert.False(meta.ContainsKey("a11y:certifiedBy"));
        Assert.Superset(new HashSet<string> { "tableOfContents", "readingOrder", "structuralNavigation", "alternativeText", "pageBreakMarkers", "pageNavigation" },
            meta["schema:accessibilityFeature"].ToHashSet());
        Assert.DoesNotContain(epub.Diagnostics, d => d.Code == EpubDiagnosticCodes.ImageWithoutAltText);
    }

    internal static Dictionary<string, List<string>> Meta(WrittenEpub epub) =>
        PackageTests.Opf(epub).Descendants(WrittenEpub.Opf + "meta")
            .Where(m => m.Attribute("property") is not null && m.Attribute("refines") is null)
            .GroupBy(m => m.Attribute("property")!.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(m => m.Value).ToList(), StringComparer.Ordinal);
}
