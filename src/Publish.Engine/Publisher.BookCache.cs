using System.Collections.Immutable;
using Publish.Engine.Books;
using Publish.Engine.Budget;
using Publish.Engine.Caching;
using Publish.Engine.Editions;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Typesetting.Frames;

namespace Publish.Engine;

/// <summary>
/// The books' build cache (issue 20): a book whose parts, photos, manifest entry, style and tool are all unchanged, and
/// whose editions are still on disk as written, is not built again; its editions and diagnostics are replayed from its
/// entry in <c>OUTPUT/.publish-cache/books/</c>, as a manuscript's are. <c>--force</c> ignores the entry.
/// </summary>
public sealed partial class Publisher
{
    /// <param name="buildKey">The style's and tool's fingerprint (<see cref="BuildFingerprint.Of"/>), made once per build: it hashes every style file.</param>
    private BookResult CachedOrBuiltBook(BookEntry entry, BuildRequest request, BuildCache cache, string buildKey, IReadOnlySet<string> builtAlone, ManuscriptBudget budget, Action<string, double>? typesetting)
    {
        var bookKey = BookBuildKey.Of(buildKey, entry, request, builtAlone, path => OverrideFor(path, request)?.Fingerprint() ?? string.Empty);
        var label = BookLabel(entry);

        // Under --strict a recorded warning fails the build, so such a hit is rebuilt, as a manuscript's is.
        var cached = request.Force ? null : cache.LoadBook(entry.Name);
        var refreshed = cached?.Inputs.Select(InputHasher.Refresh).ToImmutableArray() ?? [];
        if (cached is not null && BookHit(cached, refreshed, entry, label, bookKey, request) is { Succeeded: true } hit)
        {
            return hit;
        }

        // A book built again still reads every part: its photos unchanged since the last build are neither hashed nor decoded again.
        var photos = BookPhotoMemory.Open(request.OutputFolder, entry.Name, refreshed);
        BookResult result;
        try
        {
            result = BuildBook(entry, request, buildKey, builtAlone, budget, typesetting, photos);
        }
        catch (Exception e) when (RecordedGlyphsUnreadableException.IsIn(e) && !request.Force)
        {
            // An article's recorded glyphs were not there any more when a page needed them (the record changed on disk
            // during the build): nothing is wrong with the book, which is built again from its text alone.
            result = BuildBook(entry, request with { Force = true }, buildKey, builtAlone, budget, typesetting, photos);
        }
        if (!result.Succeeded || result.Summary is not { } summary || result.Inputs.IsEmpty)
        {
            // A failed book is never cached; the caller drops its entry.
            return result;
        }

        var key = InputHasher.Key(bookKey, ManifestFolder(entry), result.Inputs);
        var outputs = result.Outputs.Select(o => new CachedOutput(o.Format, o.Path, o.Bytes, File.GetLastWriteTimeUtc(o.Path).Ticks, o.Sha256));
        if (!cache.TrySaveBook(entry.Name, new BookCacheEntry(label, bookKey, key, result.Inputs, [.. outputs], [.. result.Diagnostics.Select(CachedDiagnostic.From)], summary), out var why))
        {
            var diagnostics = new DiagnosticBag();
            diagnostics.AddRange(result.Diagnostics);
            diagnostics.Info(EngineDiagnosticCodes.CacheNotWritten, entry.Span, $"the build cache entry of the book could not be saved, so the next build rebuilds it: {why}");
            return result with { Diagnostics = diagnostics.ToImmutableSorted() };
        }

        return result;
    }

    /// <summary>
    /// The recorded book, when the entry is this book's under this key, every part and photo still hashes the same,
    /// every part is still a manuscript inside the manifest's folder (a part replaced by a link out of it is refused
    /// as on a first build) and every edition is still on disk as written.
    /// </summary>
    /// <param name="inputs">The entry's inputs refreshed (<see cref="InputHasher.Refresh"/>).</param>
    private BookResult? BookHit(BookCacheEntry cached, ImmutableArray<InputRecord> inputs, BookEntry entry, string label, string bookKey, BuildRequest request)
    {
        if (!string.Equals(cached.Book, label, StringComparison.Ordinal) || !string.Equals(cached.BuildKey, bookKey, StringComparison.Ordinal))
        {
            return null;
        }

        if (!string.Equals(InputHasher.Key(bookKey, ManifestFolder(entry), inputs), cached.Key, StringComparison.Ordinal))
        {
            return null;
        }

        var found = new DiagnosticBag();
        if (entry.Manuscripts.Any(path => Directory.Exists(path) || ManuscriptDiscovery.Find([path], found, request.Containment).IsEmpty) || found.HasErrors)
        {
            return null;
        }

        var expected = EditionWriters.Kinds.Where(k => request.Formats.HasFlag(k.Format) && Available.HasFlag(k.Format))
            .Select(k => Path.Combine(request.OutputFolder, entry.Name + k.Extension));
        if (!expected.Order(StringComparer.Ordinal).SequenceEqual(cached.Outputs.Select(o => o.Path).Order(StringComparer.Ordinal), StringComparer.Ordinal))
        {
            return null;
        }

        foreach (var output in cached.Outputs)
        {
            var info = new FileInfo(output.Path);
            if (!info.Exists || info.Length != output.Bytes || info.LastWriteTimeUtc.Ticks != output.ModifiedTicks)
            {
                return null;
            }
        }

        return new BookResult(
            entry.Name,
            entry.Span,
            entry.Manuscripts,
            [.. cached.Diagnostics.Select(d => d.ToDiagnostic())],
            [.. cached.Outputs.Select(o => new EditionOutput(o.Format, o.Path, o.Bytes, o.Sha256))],
            request.Formats & ~Available,
            request.Strict,
            cached.Summary)
        {
            FromCache = true,
            Inputs = inputs,
        };
    }

    /// <summary>The book's laid-out articles of earlier builds, each under its own key (<see cref="BookBuildKey.ForArticle"/>); under --force none is taken, all are recorded anew.</summary>
    private BookArticleCache ArticleCacheFor(BookEntry entry, BuildRequest request, string buildKey, ImmutableArray<InputRecord>[] articleInputs, DateTimeOffset date, Institution? institution)
    {
        var paths = entry.Manuscripts;
        var keys = paths.Select((path, i) => BookBuildKey.ForArticle(buildKey, path, articleInputs[i], OverrideFor(path, request)?.Fingerprint() ?? string.Empty, date, institution)).ToList();
        return new BookArticleCache(request.OutputFolder, entry.Name, paths, keys, read: !request.Force);
    }

    private static string ManifestFolder(BookEntry entry) => Path.GetDirectoryName(Path.GetFullPath(entry.Span.File)) ?? string.Empty;
}
