namespace Publish.Styles;

/// <summary>
/// Whose institution lines the editions print (the PDF's running footer and the EPUB's colophon alike), the style
/// key <c>footer.institution</c>.
/// </summary>
public enum FooterInstitutionSource
{
    /// <summary><c>manuscript</c>: the manuscript's own block when it has one, else the style's lines (the default).</summary>
    ManuscriptFirst,

    /// <summary><c>house</c>: the style's lines whenever it has any, also over a manuscript's own block.</summary>
    House,
}
