using System.Globalization;

namespace Publish.Engine;

/// <summary>
/// First-use costs a build always pays, paid on a spare core while the runtime starts, the command line is parsed and
/// the manifest and style are read (one thread's work). Opening ICU's collation — reading a manuscript needs it: a date
/// in its front matter is parsed against the invariant culture's patterns, Markdig hashes link labels by culture — cost
/// tens of milliseconds of the main thread otherwise; in a book rebuilt after one article changed, that thread is the
/// build's critical path. (The cache entries' JSON contract was warmed here too until they became
/// <see cref="Caching.CacheEntryCodec"/>'s bytes.)
/// Whatever this has not reached when the build needs it is done by its first user, as before: nothing depends on it.
/// </summary>
public static class StartupWarmUp
{
    public static void Start() => ThreadPool.UnsafeQueueUserWorkItem(static _ => Collation(), null);

    private static void Collation()
    {
        foreach (var culture in new[] { CultureInfo.InvariantCulture, CultureInfo.CurrentCulture })
        {
            _ = culture.CompareInfo.GetHashCode("warm", CompareOptions.IgnoreCase);
            _ = culture.CompareInfo.Compare("warm", "-", CompareOptions.IgnoreCase);
        }

        _ = DateTime.TryParseExact("2000-01-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
    }
}
