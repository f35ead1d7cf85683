namespace Publish.Citations.Bibliography;

/// <summary>
/// Stable codes of the bibliography file readers (BibTeX/BibLaTeX, CSL-YAML), PUB7550–PUB7569: a block of the
/// citation range (PUB75xx) kept apart from the processor's own codes. A code, once published, never changes meaning.
/// </summary>
public static class BibliographyDiagnosticCodes
{
    /// <summary>Error: a .bib file that does not follow BibTeX's syntax here (a missing brace, comma, = or key); the entry is left out.</summary>
    public const string BibTexSyntax = "PUB7550";

    /// <summary>Warning: a field names an <c>@string</c> macro that is not defined; it reads as empty.</summary>
    public const string UndefinedString = "PUB7551";

    /// <summary>Warning: two entries (or CSL-YAML items) have the same key; the first is kept.</summary>
    public const string DuplicateKey = "PUB7552";

    /// <summary>Warning: an entry sets the same field twice; the first value is kept.</summary>
    public const string DuplicateField = "PUB7553";

    /// <summary>Warning: a <c>crossref</c> or <c>xdata</c> names an entry that is not in the file (or one that inherits from itself).</summary>
    public const string MissingParent = "PUB7554";

    /// <summary>Warning: an entry type BibTeX and BibLaTeX do not define; the item becomes a CSL "document".</summary>
    public const string UnknownEntryType = "PUB7555";

    /// <summary>Warning: a date that is neither EDTF (<c>2001-05</c>, <c>2001/2003</c>) nor year/month; it is kept as a literal.</summary>
    public const string DateNotUnderstood = "PUB7556";

    /// <summary>Error: a CSL-YAML file that is not YAML.</summary>
    public const string YamlSyntax = "PUB7557";

    /// <summary>Error: a CSL-YAML document or item of the wrong shape (not a list of mappings, an item without an id); the item is left out.</summary>
    public const string ItemInvalid = "PUB7558";

    /// <summary>Error: a bibliography file whose extension says no format this reader knows (.bib, .bibtex, .yaml, .yml, .json).</summary>
    public const string UnknownFormat = "PUB7559";
}
