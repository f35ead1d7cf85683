using System.Text;
using Publish.Epub.Packaging;
using Publish.Model.Books;

namespace Publish.Epub.Books;

/// <summary>
/// The book's unique identifier: its ISBN as <c>urn:isbn:</c>, its ISSN as <c>urn:issn:</c> (the forms Calibre and
/// retailers read as such), another identifier as written; without one a name-based UUID (RFC 9562 version 5) of the
/// book's metadata and every article's text in order, as an article alone gets (<see cref="PublicationIdentifier"/>).
/// </summary>
internal static class BookIdentifier
{
    public static string For(Book book)
    {
        if (!string.IsNullOrWhiteSpace(book.Metadata.Identifier))
        {
            var own = book.Metadata.Identifier.Trim();
            return Isbn.Read(own).Urn ?? Issn.Urn(own) ?? own;
        }

        var m = book.Metadata;
        var text = new StringBuilder("book\u001e");
        foreach (var field in new[] { m.Title, m.Subtitle, string.Join("\u001f", m.Editors), m.Language, m.Publisher, m.Edition })
        {
            text.Append(field).Append('\u001e');
        }

        foreach (var part in book.Parts)
        {
            text.Append(part switch
            {
                BookSection section => "section\u001f" + section.Title,
                BookArticle article => PublicationIdentifier.CanonicalContent(article.Document),
                _ => throw new InvalidOperationException($"Unknown book part {part.GetType().Name}."),
            }).Append('\u001d');
        }

        return "urn:uuid:" + PublicationIdentifier.NameBasedUuid(text.ToString());
    }
}
