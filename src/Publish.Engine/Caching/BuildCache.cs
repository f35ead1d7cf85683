using System.Text.Json;
using Publish.Engine.Output;

namespace Publish.Engine.Caching;

/// <summary>
/// The incremental-build cache: one JSON entry per edition name in <c>OUTPUT/.publish-cache/</c>. The folder
/// is hidden (a leading dot), so manuscript discovery, globbing release scripts and uploads that skip dot
/// files never take it for an edition. Entries are written atomically after the editions; a build killed in
/// between leaves an entry that no longer matches, which is a miss, never a wrong hit.
/// </summary>
public sealed class BuildCache
{
    public const string FolderName = ".publish-cache";

    private readonly string _folder;

    public BuildCache(string outputFolder) => _folder = Path.Combine(outputFolder, FolderName);

    public CacheEntry? Load(string editionName)
    {
        var path = EntryPath(editionName);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllBytes(path), CacheJson.Default.CacheEntry) : null;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // A damaged or foreign entry is a miss: the build that follows replaces it.
            return null;
        }
    }

    public void Save(string editionName, CacheEntry entry)
    {
        Directory.CreateDirectory(_folder);
        AtomicFile.Write(EntryPath(editionName), stream => JsonSerializer.Serialize(stream, entry, CacheJson.Default.CacheEntry), durable: false);
    }

    /// <summary>Saves the entry; false with the reason when the disk refuses it (full, read-only). Never half-written.</summary>
    public bool TrySave(string editionName, CacheEntry entry, out string? error)
    {
        try
        {
            Save(editionName, entry);
            error = null;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An older entry must not outlive its editions' replacement: it would be a miss anyway (their sizes and
            // times changed), but removing it says so plainly.
            Remove(editionName);
            error = e.Message;
            return false;
        }
    }

    /// <summary>Drops the entry (a failed build must not leave one that replays over stale editions). A disk that refuses is no error: a stale entry never matches editions written since, and a failure leaves the editions it recorded untouched.</summary>
    public void Remove(string editionName)
    {
        try
        {
            File.Delete(EntryPath(editionName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // See above: left in place, it cannot make anything look current that is not.
        }
    }

    private string EntryPath(string editionName) => Path.Combine(_folder, editionName + ".json");
}
