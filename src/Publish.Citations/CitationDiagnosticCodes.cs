namespace Publish.Citations;

/// <summary>Stable codes of the citation processor and <c>publish cite</c> (PUB75xx). A code, once published, never changes meaning.</summary>
public static class CitationDiagnosticCodes
{
    /// <summary>A CSL style that cannot be read (not XML, not a style, a dependent style without its parent).</summary>
    public const string StyleInvalid = "PUB7501";

    /// <summary>An items file that is not a CSL-JSON array of items.</summary>
    public const string ItemsInvalid = "PUB7502";

    /// <summary>A citations file that is not citeproc-js's list of citation objects.</summary>
    public const string CitationsInvalid = "PUB7503";

    /// <summary>A style, items or citations file that is not there (or a style name that is not shipped).</summary>
    public const string FileNotFound = "PUB7504";

    /// <summary>A cite names an item id the items file does not have; the cite is left out.</summary>
    public const string UnknownItem = "PUB7505";
}
