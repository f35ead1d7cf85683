using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Publish.Epub.Accessibility;

/// <summary>
/// The schema.org accessibility metadata, derived from what was written, never asserted: alternative text is
/// claimed only when every image has non-empty alt text; page features only when page-break markers were written.
/// </summary>
internal sealed record AccessibilityProfile(
    ImmutableArray<string> AccessModes,
    ImmutableArray<string> AccessModesSufficient,
    ImmutableArray<string> Features,
    string Summary)
{
    public static AccessibilityProfile Derive(int images, int imagesWithAlt, int headings, int notes, int pageMarkers)
    {
        var hasImages = images > 0;
        var allAlt = hasImages && imagesWithAlt == images;
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
        return new AccessibilityProfile(modes, sufficient, features.ToImmutable(), summary.ToString());
    }
}
