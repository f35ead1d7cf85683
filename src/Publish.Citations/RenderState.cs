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

    /// <summary>Given-name expansion (0: as the style says; 1: initials; 2: full given names).</summary>
    public int GivenLevel { get; set; }

    /// <summary>Per-name given-name levels from by-cite disambiguation (index of the name in the first names list).</summary>
    public Dictionary<int, int>? GivenLevels { get; set; }

    /// <summary>The disambiguate="true" condition holds (the last disambiguation step).</summary>
    public bool Disambiguate { get; set; }

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
