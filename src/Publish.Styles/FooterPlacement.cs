namespace Publish.Styles;

/// <summary>
/// Which printed pages carry the institution's footer lines. The page number and the rule are on every page
/// regardless, and the text area is the same on every page (it leaves room for the lines wherever they go).
/// </summary>
public enum FooterPlacement
{
    EveryPage,

    /// <summary>The opening page only, as an offprint gives its institution under the title.</summary>
    FirstPage,

    /// <summary>Every page after the first, which leaves the opening page to the title.</summary>
    ExceptFirstPage,

    LastPage,
    None,
}
