namespace Publish.Engine.Books;

/// <summary>The figures a report shows for a book: its title, printed pages (0 without a PDF), articles, and the articles' notes and figures.</summary>
public sealed record BookSummary(string Title, int Pages, int Articles, int Notes, int Figures);
