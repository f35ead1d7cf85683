using System.Globalization;

namespace Publish.Epub.Content;

/// <summary>
/// Hands out the ids of generated elements so that they are unique in the whole book, not only in one content
/// document: readers resolve <c>file#id</c> links, and search, annotation sync and Ace treat the book as one
/// id space. In a book every article's ids carry its <see cref="ArticleScope.IdPrefix"/>, so note 1 of two
/// articles is <c>a1-fn1</c> and <c>a2-fn1</c>. Invariant: documents are written one after another in reading order, so the first marker of a
/// note is <c>fnrefN</c> and the first copy of its text <c>fnN</c> wherever they fall.
/// </summary>
internal sealed class BookIds(string prefix = "")
{
    private readonly Dictionary<int, int> _markers = [];
    private readonly Dictionary<int, int> _noteCopies = [];
    private int _headings;

    /// <summary>The id the next heading will get, without taking it (for <c>aria-labelledby</c> written before the heading).</summary>
    public string PeekHeading() => Heading(_headings + 1);

    public string NextHeading() => Heading(++_headings);

    /// <summary>The id of another marker of note <paramref name="number"/>: <c>fnrefN</c>, then <c>fnrefN-2</c>, ….</summary>
    public string NextMarker(int number)
    {
        var occurrence = _markers.GetValueOrDefault(number) + 1;
        _markers[number] = occurrence;
        return Numbered("fnref", number, occurrence);
    }

    /// <summary>
    /// The id of another copy of note <paramref name="number"/>'s text: <c>fnN</c>, then <c>fnN-2</c>, …. A note
    /// referenced from several content documents is repeated in each, so every marker pops its note up in place.
    /// </summary>
    public string NextNoteCopy(int number)
    {
        var copy = _noteCopies.GetValueOrDefault(number) + 1;
        _noteCopies[number] = copy;
        return Numbered("fn", number, copy);
    }

    private string Heading(int n) => prefix + "h" + n.ToString(CultureInfo.InvariantCulture);

    private string Numbered(string kind, int number, int occurrence) =>
        prefix + kind + number.ToString(CultureInfo.InvariantCulture) + (occurrence == 1 ? string.Empty : "-" + occurrence.ToString(CultureInfo.InvariantCulture));
}
