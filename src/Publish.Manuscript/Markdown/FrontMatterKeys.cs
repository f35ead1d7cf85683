namespace Publish.Manuscript.Markdown;

/// <summary>
/// The front matter keys the Markdown reader understands; every other key is reported (PUB1402) so a typo such
/// as <c>autor</c> does not silently lose the author. The exporter writes only these keys.
/// </summary>
internal static class FrontMatterKeys
{
    public const string Title = "title";
    public const string Subtitle = "subtitle";

    /// <summary>A shorter title for a book's running heads (issue 20).</summary>
    public const string ShortTitle = "short-title";
    public const string Author = "author";
    public const string Authors = "authors";
    public const string Language = "lang";
    public const string Date = "date";
    public const string Publisher = "publisher";
    public const string Series = "series";
    public const string Number = "number";
    public const string Identifier = "identifier";
    public const string Source = "source";
    public const string Citation = "citation";
    public const string AboutAuthor = "about-author";
    public const string Abstract = "abstract";
    public const string Institution = "institution";

    // Citations (issue 22), Pandoc's keys.
    public const string Bibliography = "bibliography";
    public const string References = "references";
    public const string Csl = "csl";
    public const string NoCite = "nocite";
    public const string SuppressBibliography = "suppress-bibliography";
    public const string ReferenceSectionTitle = "reference-section-title";
    public const string LinkCitations = "link-citations";
    public const string NotesAfterPunctuation = "notes-after-punctuation";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Title, ShortTitle, Subtitle, Author, Authors, Language, Date, Publisher, Series, Number, Identifier, Source, Citation,
        AboutAuthor, Abstract, Institution, Bibliography, References, Csl, NoCite, SuppressBibliography, ReferenceSectionTitle,
        LinkCitations, NotesAfterPunctuation,
    };
}
