using System.Collections.Immutable;
using Publish.Model.Books;

namespace Publish.Engine.Caching;

/// <summary>The files a book's editions depend on besides the build-wide ones: each part's <see cref="ManuscriptInputs"/>, in reading order, each file once.</summary>
public static class BookInputs
{
    /// <summary>
    /// Every part file must be hashed (<paramref name="parts"/>, in the order of <paramref name="paths"/>) before it
    /// was read, as <see cref="ManuscriptInputs.Of"/> asks: a part edited during the build is then rebuilt next time.
    /// </summary>
    public static ImmutableArray<InputRecord> Of(IReadOnlyList<InputRecord> parts, IReadOnlyList<string> paths, IReadOnlyList<BookArticle> articles)
    {
        var seen = new HashSet<(string, bool)>();
        var records = ImmutableArray.CreateBuilder<InputRecord>();
        for (var i = 0; i < articles.Count; i++)
        {
            foreach (var record in ManuscriptInputs.Of(parts[i], paths[i], articles[i].Document))
            {
                if (seen.Add((record.Path, record.IsListing)))
                {
                    records.Add(record);
                }
            }
        }

        return records.ToImmutable();
    }
}
