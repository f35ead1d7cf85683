
namespace Publish.Engine.Caching;

/// <summary>
/// The incremental-build cache: one entry per edition name in <c>OUTPUT/.publish-cache/</c> (<c>NAME.entry</c>,
/// <see cref="CacheEntryCodec"/>'s bytes in a checksummed file), a book's in its <c>books/</c> folder. The folder is hidden (a leading dot), so manuscript discovery, globbing release scripts and
/// uploads that skip dot files never take it for an edition. Entries are written atomically after the editions; a build killed in
/// between leaves an entry that no longer matches, which is a miss, never a wrong hit.
/// </summary>
public sealed class BuildCache
{
    public const string FolderName = ".publish-cache";

    /// <summary>The books' entries (issue 20), one per book name, inside <see cref="FolderName"/>.</summary>
    public const string BooksFolderName = "books";

    private readonly string _folder;

    public BuildCache(string outputFolder) => _folder = Path.Combine(outputFolder, FolderName);

    /// <summary>
    /// The path of the cache's own file <paramref name="name"/> in <paramref name="outputFolder"/>'s cache, when the cache
    /// is a real folder (not a link) and nothing but a regular file stands at the name (a link is not followed, a FIFO or
    /// device not opened); null otherwise — then the file is neither read nor written.
    /// </summary>
    public static string? OwnFile(string outputFolder, string name)
    {
        var folder = new DirectoryInfo(Path.Combine(outputFolder, FolderName));
        if (!folder.Exists || folder.LinkTarget is not null)
        {
            return null;
        }

        var path = Path.Combine(folder.FullName, name);
        return new FileInfo(path).LinkTarget is null && Model.Input.InputFile.Examine(path).Kind is Model.Input.InputFileKind.Missing or Model.Input.InputFileKind.Regular ? path : null;
    }

    /// <summary>The entries' header: the format and its version (a change of format is a miss, never a misreading).</summary>
    private const string EntryFormat = "publish-cache-entry-1";

    /// <summary>The entry of the manuscript edition named <paramref name="editionName"/>; null when there is none or it cannot be read.</summary>
    public CacheEntry? Load(string editionName) =>
        ChecksummedFile.Read(EntryPath(editionName), EntryFormat, "manuscript") is { } bytes ? CacheEntryCodec.DecodeManuscript(bytes) : null;

    public void Save(string editionName, CacheEntry entry) => Write(EntryPath(editionName), CacheEntryCodec.Encode(entry), "manuscript");

    /// <summary>The entry of the book named <paramref name="bookName"/>; null when there is none or it cannot be read.</summary>
    public BookCacheEntry? LoadBook(string bookName) =>
        ChecksummedFile.Read(BookEntryPath(bookName), EntryFormat, "book") is { } bytes ? CacheEntryCodec.DecodeBook(bytes) : null;

    /// <summary>Saves a book's entry, replacing the book's previous one; false with the reason when the disk refuses it.</summary>
    public bool TrySaveBook(string bookName, BookCacheEntry entry, out string? error)
    {
        try
        {
            Write(BookEntryPath(bookName), CacheEntryCodec.Encode(entry), "book");
            error = null;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            RemoveBook(bookName);
            error = e.Message;
            return false;
        }
    }

    /// <summary>Drops a book's entry (a failed book must not leave one that replays over its stale editions).</summary>
    public void RemoveBook(string bookName) => Delete(BookEntryPath(bookName));

    /// <summary>
    /// Replaces an entry (a disk that refuses throws). The JSON entry that builds before issue 20's last round kept under the
    /// same name, <c>NAME.json</c>, goes with it: it is this cache's own file, and no build reads it any more.
    /// </summary>
    private static void Write(string path, byte[] entry, string kind)
    {
        ChecksummedFile.Replace(path, entry, EntryFormat, kind);
        Delete(Path.ChangeExtension(path, ".json"));
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
    public void Remove(string editionName) => Delete(EntryPath(editionName));

    private static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // See above: left in place, it cannot make anything look current that is not.
        }
    }

    private string EntryPath(string editionName) => Path.Combine(_folder, editionName + ".entry");

    /// <summary>Books have a folder of their own: a book and a manuscript may share a name in different output folders' caches, never here.</summary>
    private string BookEntryPath(string bookName) => Path.Combine(_folder, BooksFolderName, bookName + ".entry");
}
