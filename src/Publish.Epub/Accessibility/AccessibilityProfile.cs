using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Publish.Epub.Accessibility;

/// <summary>
/// The schema.org accessibility metadata, derived from what was written, never asserted: alternative text is
/// claimed only when every image has non-empty alt text; page features only when page-break markers were written.
/// The EPUB Accessibility 1.1 conformance claim (§5.1 <c>dcterms:conformsTo</c>, with the evaluator's name in
/// <c>a11y:certifiedBy</c>, §5.2) is made only when what the writer cannot get right by construction holds — every
/// image has a text alternative (WCAG 1.1.1) — and a certifier (<c>CertifiedBy</c>) answers for it.
/// </summary>
internal sealed record AccessibilityProfile(
    ImmutableArray<string> AccessModes,
    ImmutableArray<string> AccessModesSufficient,
    ImmutableArray<string> Features,
    string Summary,
    string? ConformsTo,
    string? CertifiedBy)
{
    /// <summary>The claim's wording, one of the values EPUB Accessibility 1.1 §5.1.2 lists (and DAISY Ace accepts).</summary>
    public const string Conformance = "EPUB Accessibility 1.1 - WCAG 2.2 Level AA";

    public static AccessibilityProfile Derive(int images, int imagesWithAlt, int headings, int notes, int pageMarkers, string? certifier = null)
    {
        var hasImages = images > 0;
        var allAlt = hasImages && imagesWithAlt == images;
        var claim = certifier is not null && imagesWithAlt == images;
        ImmutableArray<string> modes = hasImages ? ["textual", "visual"] : ["textual"];
        ImmutableArray<string> sufficient = !hasImages ? ["textual"] : allAlt ? ["textual", "textual,visual"] : ["textual,visual"];

        var features = ImmutableArray.CreateBuilder<string>();
        features.Add("tableOfContents");
        features.Add("readingOrder");
        if (headings > 0)
        {
            features.Add("structuralNavigation");
        }

        if (allAlt)
        {
            features.Add("alternativeText");
        }

        if (pageMarkers > 0)
        {
            features.Add("printPageNumbers");
            features.Add("pageBreakMarkers");
            features.Add("pageNavigation");
        }

        features.Add("displayTransformability");

        var summary = new StringBuilder("Reflowable text in reading order with a table of contents");
        if (headings > 0)
        {
            summary.Append(" and headings for structural navigation");
        }

        summary.Append('.');
        if (notes > 0)
        {
            summary.Append(CultureInfo.InvariantCulture, $" {notes} footnote(s), each linked to and from its marker.");
        }

        if (hasImages)
        {
            summary.Append(allAlt
                ? $" All {images.ToString(CultureInfo.InvariantCulture)} image(s) have a text alternative."
                : $" {(images - imagesWithAlt).ToString(CultureInfo.InvariantCulture)} of {images.ToString(CultureInfo.InvariantCulture)} image(s) lack a text alternative.");
        }

        if (pageMarkers > 0)
        {
            summary.Append(CultureInfo.InvariantCulture, $" Page-break markers and a page list for the {pageMarkers} pages of the print edition.");
        }

        summary.Append(" No known hazards.");
        if (claim)
        {
            summary.Append(CultureInfo.InvariantCulture, $" Meets EPUB Accessibility 1.1 and WCAG 2.2 Level AA, as evaluated by {certifier}.");
        }

        return new AccessibilityProfile(modes, sufficient, features.ToImmutable(), summary.ToString(), claim ? Conformance : null, claim ? certifier : null);
    }
}
