using System.Globalization;
using System.Text;
using System.Xml;

namespace Publish.Epub.Content;

/// <summary>
/// Turns an author's id (<c>{#tbl:results}</c>, a heading's derived identifier) into an XML id that is valid and
/// unique in the whole package. XHTML's <c>id</c> must be an XML Name without colons to be usable as a fragment
/// in every reader (XML 1.0 §2.3 Name; Namespaces in XML §3 NCName), so a colon or space becomes <c>-</c>, and an
/// id that does not start with a letter or <c>_</c> takes an <c>id-</c> prefix. The writer's own ids (<c>h3</c>,
/// <c>fn2</c>, <c>fnref2-2</c>, <c>page-14</c>, the navigation's <c>toc</c>) are never handed out to authors: an author id of that shape takes
/// the prefix too, and so does, in a book, one shaped like an article's generated ids (<c>a2-…</c>, <see cref="ArticleScope"/>).
/// One instance serves the whole package, so an id two articles both use stays unique. A repeated id gets <c>-2</c>, <c>-3</c>… in reading order, so equal input gives equal ids.
/// </summary>
internal sealed class AuthorIds(bool reserveArticlePrefixes = false)
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    public string Take(string authorId)
    {
        var core = Sanitize(authorId);
        if (reserveArticlePrefixes && ArticlePrefixed(core))
        {
            core = "id-" + core;
        }

        var id = core;
        for (var n = 2; !_taken.Add(id); n++)
        {
            id = core + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return id;
    }

    public static string Sanitize(string authorId)
    {
        var clean = new StringBuilder(authorId.Length);
        foreach (var c in XmlCharacters.Clean(authorId.Trim()).Normalize(NormalizationForm.FormC))
        {
            clean.Append(XmlConvert.IsNCNameChar(c) ? c : '-');
        }

        var id = clean.ToString();
        return id.Length == 0 || !XmlConvert.IsStartNCNameChar(id[0]) || IsWritersOwn(id) ? "id-" + id : id;
    }

    /// <summary>The shapes of the ids <see cref="BookIds"/> and <see cref="PageBreakIndex"/> generate.</summary>
    private static bool IsWritersOwn(string id) =>
        id.StartsWith("page-", StringComparison.Ordinal)
        || id == "toc"
        || (TrimPrefix(id) is { Length: > 0 } rest && rest.All(c => char.IsAsciiDigit(c) || c == '-') && char.IsAsciiDigit(rest[0]));

    private static bool ArticlePrefixed(string id)
    {
        var digits = id.StartsWith('a') ? id.Skip(1).TakeWhile(char.IsAsciiDigit).Count() : 0;
        return digits > 0 && id.Length > digits + 1 && id[digits + 1] == '-';
    }

    private static string? TrimPrefix(string id) =>
        id.StartsWith("fnref", StringComparison.Ordinal) ? id[5..]
        : id.StartsWith("fn", StringComparison.Ordinal) ? id[2..]
        : id.StartsWith('h') ? id[1..]
        : null;
}
