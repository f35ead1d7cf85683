using Publish.Model;

namespace Publish.Typesetting.Books;

/// <summary>
/// The words the book's own pages add, in the book's language (en, tr, de, fr; English otherwise), beside the
/// shared <see cref="EditionLabels"/> ("Contents").
/// </summary>
internal sealed record BookLabels(string Contents, string EditedBy)
{
    public static BookLabels ForLanguage(string language)
    {
        var shared = EditionLabels.ForLanguage(language);
        var primary = language.Split('-', 2)[0].ToLowerInvariant();
        var editedBy = primary switch
        {
            "tr" => "Yayına hazırlayan",
            "de" => "Herausgegeben von",
            "fr" => "Sous la direction de",
            _ => "Edited by",
        };
        return new BookLabels(shared.Contents, editedBy);
    }
}
