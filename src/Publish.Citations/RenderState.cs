namespace Publish.Citations;

/// <summary>What one rendering of one item needs besides the style: the item, its cite, and the state the
/// disambiguation and substitution rules change while it renders.</summary>
internal sealed class RenderState
{
    public RenderState(CslItem item, Cite? cite, bool bibliography)
    {
        Item = item;
        Cite = cite;
        Bibliography = bibliography;
    }

    public CslItem Item { get; }

    public Cite? Cite { get; }

    public bool Bibliography { get; }

    /// <summary>Variables a substitute has used, which must not render again (CSL 1.0.2 §Substitution).</summary>
    public HashSet<string> Suppressed { get; } = new(StringComparer.Ordinal);

    /// <summary>Variables called and variables that rendered, for group suppression (§Group).</summary>
    public int Called { get; set; }

    public int Rendered { get; set; }

    public int CitationNumber { get; set; }

    public string YearSuffix { get; set; } = string.Empty;

    /// <summary>The year suffix has been printed (it follows the first year when the style does not place it).</summary>
    public bool YearSuffixUsed { get; set; }

    /// <summary>Names shown beyond et-al-use-first (disambiguation add-names).</summary>
    public int AddNames { get; set; }

    /// <summary>Per-name given-name levels from by-cite disambiguation (index of the name in the first names list;
    /// 0: as the style says, 1: initials, 2: full given names).</summary>
    public IReadOnlyDictionary<int, int>? GivenLevels { get; set; }

    /// <summary>Given-name levels of the global rules (all-names, primary-name, …) by <see cref="CslName.DisambiguationKey"/>.</summary>
    public IReadOnlyDictionary<string, int>? NameLevels { get; set; }

    /// <summary>The global rule expands only the first name of a cite (primary-name rules).</summary>
    public bool PrimaryNamesOnly { get; set; }

    /// <summary>The given-name level of the name at <paramref name="index"/> of the first names list.</summary>
    public int GivenLevelOf(int index, CslName name)
    {
        if (GivenLevels is not null && GivenLevels.TryGetValue(index, out var level))
        {
            return level;
        }

        return NameLevels is not null && (index == 0 || !PrimaryNamesOnly) ? NameLevels.GetValueOrDefault(name.DisambiguationKey) : 0;
    }

    /// <summary>How many disambiguate="true" conditions hold, in the order a rendering meets them (the last
    /// disambiguation step turns them on one at a time, as citeproc-js does); 0: none.</summary>
    public int DisambiguateConditions { get; set; }

    /// <summary>The disambiguate="true" conditions this rendering has met so far.</summary>
    public int DisambiguateConditionsMet { get; set; }

    /// <summary>Names follow et-al-subsequent-* whatever the position: disambiguation compares cites in their
    /// subsequent form, which a later cite of the same item will take (CSL test suite, BasedOnEtAlSubsequent).</summary>
    public bool SubsequentNames { get; set; }

    /// <summary>Rendering a sort key: names come inverted, in full, and et-al follows names-min/use-first.</summary>
    public bool SortKey { get; set; }

    public int? SortNamesMin { get; set; }

    public int? SortNamesUseFirst { get; set; }

    public bool? SortNamesUseLast { get; set; }

    /// <summary>Substitute nesting: a names element inside substitute inherits the outer names' children.</summary>
    public CslElement? SubstituteParent { get; set; }

    /// <summary>Set once the first names element rendered, with what it rendered (the names of the item).</summary>
    public int NamesRendered { get; set; }

    public List<CslName>? FirstNames { get; set; }

    /// <summary>The names element's et-al truncated count, recorded for disambiguation.</summary>
    public int FirstNamesShown { get; set; }
}
