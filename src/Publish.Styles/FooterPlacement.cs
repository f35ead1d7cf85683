namespace Publish.Styles;

/// <summary>Which pages carry the institution's footer lines. The page number is on every page regardless.</summary>
public enum FooterPlacement
{
    EveryPage,
    LastPage,
    None,
}
