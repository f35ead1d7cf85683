namespace Publish.Epub.Books;

/// <summary>
/// The words a book's own pages add besides <see cref="Model.EditionLabels"/>, in the book's language (en, tr, de,
/// fr, as the edition labels; English for any other): the line naming the editors on the title page.
/// </summary>
internal static class BookLabels
{
    /// <summary>"Edited by A and B": the editors as the title page names them (a list of names alone would read as the authors).</summary>
    public static string EditedBy(string language, IReadOnlyList<string> editors)
    {
        var primary = language.Split('-', '_')[0].Trim().ToLowerInvariant();
        var (lead, and) = primary switch
        {
            "tr" => ("Editör: ", " ve "),
            "de" => ("Herausgegeben von ", " und "),
            "fr" => ("Sous la direction de ", " et "),
            _ => ("Edited by ", " and "),
        };
        var names = editors.Count <= 1 ? string.Concat(editors)
            : string.Join(", ", editors.Take(editors.Count - 1)) + and + editors[^1];
        return lead + names;
    }
}
