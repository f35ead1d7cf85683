namespace Publish.Citations;

/// <summary>What a rendered node holds, where cite grouping and collapsing need to know (CSL 1.0.2 §Cite Grouping, §Cite Collapsing).</summary>
internal enum OutputKind
{
    /// <summary>Nothing in particular.</summary>
    None,

    /// <summary>A rendered date variable.</summary>
    Date,

    /// <summary>The year suffix ("a"), placed by the style or after the first year.</summary>
    YearSuffix,

    /// <summary>The citation number.</summary>
    CitationNumber,

    /// <summary>The cite's locator.</summary>
    Locator,
}
