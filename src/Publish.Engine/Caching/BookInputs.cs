using System.Collections.Immutable;
using Publish.Model.Books;

namespace Publish.Engine.Caching;

/// <summary>The files a book's editions depend on besides the build-wide ones: each part's <see cref="ManuscriptInputs"/>, in reading order.</summary>
public static class BookInputs
{
    /// <summary>
    /// Each article's inputs (in parallel: the photos are most of the bytes). Every part file must be hashed
    /// (<paramref name="parts"/>, in the order of <paramref name="paths"/>) before it was read, as
    /// <see cref="ManuscriptInputs.Of"/> asks: a part edited during the build is then rebuilt next time.
    /// </summary>
    public static ImmutableArray<InputRecord>[] PerArticle(IReadOnlyList<InputRecord> parts, IReadOnlyList<string> paths, IReadOnlyList<BookArticle> articles, Func<string, InputRecord>? hash = null)
    {
        var inputs = new ImmutableArray<InputRecord>[articles.Count];
        Parallel.For(0, articles.Count, i => inputs[i] = ManuscriptInputs.Of(parts[i], paths[i], articles[i].Document, hash));
        return inputs;
    }

    /// <summary>Every article's inputs in reading order, each file (or folder listing) once.</summary>
    public static ImmutableArray<InputRecord> Of(IEnumerable<ImmutableArray<InputRecord>> perArticle)
    {
        var seen = new HashSet<(string, bool)>();
        return [.. perArticle.SelectMany(a => a).Where(r => seen.Add((r.Path, r.IsListing)))];
    }
}
