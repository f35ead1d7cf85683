namespace Publish.Typesetting.Flow;

/// <summary>
/// What a page break costs, in the units of TeX's page builder (<c>\vsplit</c>'s badness plus penalties): a page one
/// body line short costs 100, two lines 400, three 900 (the square of the lines left empty), so a rule below is broken
/// only when keeping it would leave a page about as many lines short as its square root.
/// </summary>
internal static class PageBreakCosts
{
    /// <summary>A page that is <paramref name="lines"/> body lines short of full.</summary>
    public static double Shortness(double lines) => 100 * lines * lines;

    /// <summary>A heading at a page foot, or with fewer than two lines of its text under it (TeX gives headings a \penalty-free keep; we price it out of reach).</summary>
    public const double StrandedHeading = 100_000;

    /// <summary>A paragraph's first line alone at a page foot (TeX's <c>\clubpenalty</c>; Bringhurst: an orphan).</summary>
    public const double Orphan = 4_000;

    /// <summary>A paragraph's last line alone at a page head (TeX's <c>\widowpenalty</c>; Chicago 2.116: a widow).</summary>
    public const double Widow = 4_000;

    /// <summary>
    /// A page ending in a hyphenated word (TeX's <c>\brokenpenalty</c>; the reader must turn the page mid-word). Priced
    /// above a widow or orphan and a page many lines short (a line moved with its notes can leave that much), so another
    /// page end wins wherever one exists within <see cref="LookBack"/>; only a stranded heading costs more.
    /// </summary>
    public const double HyphenAtPageTurn = 50_000;

    /// <summary>A page that should end flush but cannot stretch far enough to, so its bottom stays ragged.</summary>
    public const double Unflushable = 1_000;

    /// <summary>How many candidate breaks, counting back from where the page ran full, are weighed.</summary>
    public const int LookBack = 12;
}
