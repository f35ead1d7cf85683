namespace Publish.Manuscript.Legacy;

/// <summary>
/// What a <c>To cite this article:</c> line says about the article. Every field is null when the line does
/// not say it. <see cref="Author"/> is given names then surname, as a byline writes it.
/// </summary>
internal sealed record CitationFacts(string? Author, string? Publisher, string? Series, string? Number, string? Date, string? Source)
{
    public bool IsEmpty => Author is null && Publisher is null && Number is null && Source is null;
}
