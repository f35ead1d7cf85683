using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Publish.Pdf;

namespace Publish.Engine.Caching;

/// <summary>
/// The deflated page content streams of a book's last PDF (issue 20, incremental books), in one file,
/// <c>OUTPUT/.publish-cache/books/NAME.streams</c>: a rebuild after one article changed deflates only the pages whose
/// operators changed. The same record holds the deflated entries of the book's last EPUB zip
/// (<see cref="OpenZipEntries"/>, <c>NAME.zipentries</c>, found by the SHA-256 of an entry's bytes, the EPUB writer's build in its header). The file holds the PDF writer's build and the runtime it was written by (another could format or
/// deflate the same page otherwise, and a cold build must give the same file as a warm one) and a SHA-256 of its entries: a file of another
/// tool, a damaged or unreadable one is empty, never an error. <see cref="Save"/> writes only the streams this build's
/// PDF used, so the file never holds more than one PDF's pages.
/// </summary>
public sealed class BookStreamCache : IContentStreamCache, Epub.IZipEntryCache
{
    private const string Magic = "publish-content-streams-1";

    private const string ZipMagic = "publish-zip-entries-1";

    private readonly string _path;
    private readonly string _magic;
    private readonly string _writer;
    private readonly Dictionary<string, byte[]> _recorded;
    private readonly ConcurrentDictionary<string, byte[]> _used = new(StringComparer.Ordinal);
    private int _hits;

    private BookStreamCache(string path, string magic, string writer, bool read)
    {
        _path = path;
        _magic = magic;
        _writer = writer;
        _recorded = read ? Load(path, magic, writer) : new Dictionary<string, byte[]>(StringComparer.Ordinal);
    }

    /// <summary>The number of pages whose recorded stream was taken (for tests and measurements).</summary>
    public int Hits => _hits;

    /// <param name="read">False under <c>--force</c>: nothing recorded is taken, the streams are recorded anew.</param>
    public static BookStreamCache Open(string outputFolder, string bookName, bool read) =>
        new(PathOf(outputFolder, bookName, ".streams"), Magic, WriterOf(typeof(PdfWriter)), read);

    /// <summary>The deflated entries of the book's last EPUB; <paramref name="read"/> as for <see cref="Open"/>.</summary>
    public static BookStreamCache OpenZipEntries(string outputFolder, string bookName, bool read) =>
        new(PathOf(outputFolder, bookName, ".zipentries"), ZipMagic, WriterOf(typeof(Epub.EpubWriter)), read);

    public byte[]? Find(ReadOnlySpan<byte> key)
    {
        var name = Convert.ToHexString(key);
        if (!_recorded.TryGetValue(name, out var deflated))
        {
            return null;
        }

        Interlocked.Increment(ref _hits);
        _used.TryAdd(name, deflated);
        return deflated;
    }

    public void Keep(ReadOnlySpan<byte> key, byte[] deflated) => _used.TryAdd(Convert.ToHexString(key), deflated);

    /// <summary>Replaces the file with the streams this build used; a disk that refuses leaves the old file or none, both safe.</summary>
    public void Save()
    {
        // Sized up front and written from where it lies: a book's streams are megabytes, and growing the buffer and
        // copying it out were most of saving them.
        var entries = _used.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        using var content = new MemoryStream(entries.Sum(e => SHA256.HashSizeInBytes + sizeof(int) + e.Value.Length) + sizeof(int));
        using (var writer = new BinaryWriter(content, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(entries.Count);
            foreach (var (key, deflated) in entries)
            {
                writer.Write(Convert.FromHexString(key));
                writer.Write(deflated.Length);
                writer.Write(deflated);
            }
        }

        ChecksummedFile.Write(_path, content.GetBuffer().AsMemory(0, (int)content.Length), _magic, _writer);
    }

    private static string PathOf(string outputFolder, string bookName, string extension) =>
        Path.Combine(outputFolder, BuildCache.FolderName, BuildCache.BooksFolderName, bookName + extension);

    /// <summary>The writer's build and the runtime (its zlib): either changed, the same values may format or deflate otherwise.</summary>
    private static string WriterOf(Type writer) =>
        PublishVersion.Producer + " " + writer.Assembly.ManifestModule.ModuleVersionId.ToString("N") + " " + RuntimeInformation.FrameworkDescription + " " + RuntimeInformation.ProcessArchitecture;

    private static Dictionary<string, byte[]> Load(string path, string magic, string writer)
    {
        var recorded = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        try
        {
            if (ChecksummedFile.Read(path, magic, writer) is not { } content)
            {
                return recorded;
            }

            using var entries = new BinaryReader(new MemoryStream(content), Encoding.UTF8);
            var count = entries.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var key = Convert.ToHexString(entries.ReadBytes(SHA256.HashSizeInBytes));
                recorded[key] = entries.ReadBytes(entries.ReadInt32());
            }

            return recorded;
        }
#pragma warning disable CA1031 // Whatever is wrong with the file (cut short, damaged, unreadable), every page is deflated again.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return new Dictionary<string, byte[]>(StringComparer.Ordinal);
        }
    }
}
