using System.Globalization;
using System.Text.Json;
using Publish.Engine.Books;
using Publish.Engine.Caching;
using Publish.Model.Diagnostics;

namespace Publish.Engine;

/// <summary>
/// First-use costs a build always pays, paid on a spare core while the runtime starts, the command line is parsed and
/// the manifest and style are read (one thread's work). Opening ICU's collation — reading a manuscript needs it: a date
/// in its front matter is parsed against the invariant culture's patterns, Markdig hashes link labels by culture — and
/// the cache entries' JSON contract (built and its converters JIT-compiled on first use) each cost tens of milliseconds
/// of the main thread otherwise; in a book rebuilt after one article changed, that thread is the build's critical path.
/// Whatever this has not reached when the build needs it is done by its first user, as before: nothing depends on it.
/// </summary>
public static class StartupWarmUp
{
    public static void Start()
    {
        ThreadPool.UnsafeQueueUserWorkItem(static _ => Collation(), null);
        ThreadPool.UnsafeQueueUserWorkItem(static _ => CacheContract(), null);
    }

    private static void Collation()
    {
        foreach (var culture in new[] { CultureInfo.InvariantCulture, CultureInfo.CurrentCulture })
        {
            _ = culture.CompareInfo.GetHashCode("warm", CompareOptions.IgnoreCase);
            _ = culture.CompareInfo.Compare("warm", "-", CompareOptions.IgnoreCase);
        }

        _ = DateTime.TryParseExact("2000-01-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
    }

    /// <summary>
    /// A book's entry written and read back: the contract's metadata and both directions' converters. (A manuscript's
    /// entry contract is made beside the first manuscript by <see cref="Publisher.Build"/> itself, for every host.)
    /// </summary>
    private static void CacheContract()
    {
        var input = new InputRecord("warm", IsListing: false, 0, 0, InputRecord.Absent);
        var diagnostic = new CachedDiagnostic(DiagnosticSeverity.Info, "PUB0000", "warm", 1, 1, "warm");
        var output = new CachedOutput(EditionFormats.Pdf, "warm", 0, 0, "warm");
        var book = new BookCacheEntry("warm", "warm", "warm", [input], [output], [diagnostic], new BookSummary("warm", 0, 0, 0, 0));
        _ = JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(book, CacheJson.Default.BookCacheEntry), CacheJson.Default.BookCacheEntry);
    }
}
