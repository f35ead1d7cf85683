using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace Publish.Engine.Tests.TextLayer;

/// <summary>
/// Every letter of a tagged PDF with the region it belongs to, decided by the PDF's own tagging rather than by
/// where it sits: a letter in an <c>/Artifact</c> marked-content sequence is an artifact (ISO 32000-1 §14.8.2.2);
/// one in a sequence with an MCID belongs to the structure element the page's entry in the ParentTree names for
/// that MCID (§14.7.4.4), and is note text when that element or one of its ancestors is a <c>Note</c> (after the
/// RoleMap). The other extractors' tokens are placed in a region by the letter nearest to them.
/// </summary>
internal sealed class TaggedLetters
{
    private readonly List<List<(Letter Letter, TextRegion Region)>> _pages = [];

    private TaggedLetters()
    {
    }

    public int PageCount => _pages.Count;

    /// <summary>The page's letters in content-stream order, each with its region (1-based page number).</summary>
    public IReadOnlyList<(Letter Letter, TextRegion Region)> Page(int number) => _pages[number - 1];

    /// <summary>The page's height, to turn the top-down coordinates pdftotext and MuPDF report into PDF user space.</summary>
    public IReadOnlyList<double> Heights { get; private set; } = [];

    public static TaggedLetters Read(PdfDocument pdf)
    {
        var tagged = new TaggedLetters();
        var structure = new ParentTreeRegions(pdf);
        var heights = new List<double>();
        foreach (var page in pdf.GetPages())
        {
            heights.Add(page.Height);
            var elements = structure.PageElements(page);
            var regions = new Dictionary<Letter, TextRegion>(ReferenceEqualityComparer.Instance);
            foreach (var content in page.GetMarkedContents())
            {
                Assign(content, null, elements, regions);
            }

            // A letter outside every marked-content sequence is untagged content: the running text, for this reading
            // (a PDF/UA check, not this one, says that must not happen).
            tagged._pages.Add([.. page.Letters.Select(l => (l, regions.GetValueOrDefault(l, TextRegion.Flow)))]);
        }

        tagged.Heights = heights;
        return tagged;
    }

    /// <summary>
    /// The region of the letter nearest to (<paramref name="x"/>, <paramref name="yFromTop"/>) on the page: where the
    /// point falls inside a glyph's box that glyph, else the closest box.
    /// </summary>
    public TextRegion RegionAt(int page, double x, double yFromTop)
    {
        var y = Heights[page - 1] - yFromTop;
        var best = (Distance: double.MaxValue, Region: TextRegion.Flow);
        foreach (var (letter, region) in Page(page))
        {
            var box = letter.BoundingBox;
            var dx = Math.Max(0, Math.Max(box.Left - x, x - box.Right));
            var dy = Math.Max(0, Math.Max(box.Bottom - y, y - box.Top));
            var distance = (dx * dx) + (dy * dy);
            if (distance < best.Distance)
            {
                best = (distance, region);
            }
        }

        return best.Region;
    }

    private static void Assign(MarkedContentElement content, TextRegion? inherited, IReadOnlyList<TextRegion> elements, Dictionary<Letter, TextRegion> regions)
    {
        var region = content.IsArtifact || inherited == TextRegion.Artifact
            ? TextRegion.Artifact
            : content.MarkedContentIdentifier is >= 0 and var mcid && mcid < elements.Count ? elements[mcid] : inherited ?? TextRegion.Flow;
        foreach (var letter in content.Letters)
        {
            regions[letter] = region;
        }

        foreach (var child in content.Children ?? [])
        {
            Assign(child, region, elements, regions);
        }
    }
}
