using System.Security.Cryptography;
using System.Text;
using Publish.Pdf.Content;

namespace Publish.Pdf.Syntax;

/// <summary>
/// A page's content stream formatted and deflated, or taken from an <see cref="IContentStreamCache"/> when a page
/// formatted from the same values (<see cref="PageContent.WriteKey"/>) was deflated before: formatting the glyphs and
/// deflating them are most of writing a long book, and a book rebuilt after one article changed has hundreds of pages
/// as they were.
/// </summary>
internal static class ContentStreamDeflation
{
    /// <param name="text">A buffer for the operators, cleared first (one per thread, reused from page to page).</param>
    public static ReadOnlyMemory<byte> Deflate(PageContent content, StringBuilder text, IContentStreamCache? cache)
    {
        Span<byte> key = stackalloc byte[SHA256.HashSizeInBytes];
        if (cache is not null)
        {
            using var values = new ContentKey();
            content.WriteKey(values);
            values.Hash(key);
            if (cache.Find(key) is { } recorded)
            {
                return recorded;
            }
        }

        text.Clear();
        content.Format(text);
        var deflated = PdfObjectTable.Deflate(text);
        cache?.Keep(key, deflated);
        return deflated;
    }
}
