namespace Publish.Engine;

/// <summary>The figures a report shows for a manuscript, kept in the cache so a cache hit can show them without reading it again.</summary>
public sealed record ManuscriptSummary(string Title, int Pages, int Notes, int Figures, int BibliographyEntries);
