using System.Buffers.Binary;
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
    private readonly Dictionary<string, ReadOnlyMemory<byte>> _recorded;
    private readonly ConcurrentDictionary<string, ReadOnlyMemory<byte>> _used = new(StringComparer.Ordinal);
    private int _hits;

    private BookStreamCache(string path, string magic, string writer, bool read)
    {
        _path = path;
        _magic = magic;
        _writer = writer;
        _recorded = read ? Load(path, magic, writer) : new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal);
    }

    /// <summary>The number of pages whose recorded stream was taken (for tests and measurements).</summary>
    public int Hits => _hits;

    /// <param name="read">False under <c>--force</c>: nothing recorded is taken, the streams are recorded anew.</param>
    public static BookStreamCache Open(string outputFolder, string bookName, bool read) =>
        new(PathOf(outputFolder, bookName, ".streams"), Magic, WriterOf(typeof(PdfWriter)), read);

    /// <summary>The deflated entries of the book's last EPUB; <paramref name="read"/> as for <see cref="Open"/>.</summary>
    public static BookStreamCache OpenZipEntries(string outputFolder, string bookName, bool read) =>
        new(PathOf(outputFolder, bookName, ".zipentries"), ZipMagic, WriterOf(typeof(Epub.EpubWriter)), read);

    public ReadOnlyMemory<byte>? Find(ReadOnlySpan<byte> key)
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
        // Written from where the streams lie (the last file's bytes, or this build's deflated arrays) straight into the
        // file: a book's streams are megabytes, and gathering them into one buffer first was most of saving them.
        var entries = _used.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        var length = entries.Sum(e => SHA256.HashSizeInBytes + sizeof(int) + (long)e.Value.Length) + sizeof(int);
        ChecksummedFile.Write(_path, length, content =>
        {
            Span<byte> number = stackalloc byte[sizeof(int)];
            BinaryPrimitives.WriteInt32LittleEndian(number, entries.Count);
            content.Write(number);
            Span<byte> key = stackalloc byte[SHA256.HashSizeInBytes];
            foreach (var (name, deflated) in entries)
            {
                Convert.FromHexString(name, key, out _, out _);
                content.Write(key);
                BinaryPrimitives.WriteInt32LittleEndian(number, deflated.Length);
                content.Write(number);
                content.Write(deflated.Span);
            }
        }, _magic, _writer);
    }

    private static string PathOf(string outputFolder, string bookName, string extension) =>
        Path.Combine(outputFolder, BuildCache.FolderName, BuildCache.BooksFolderName, bookName + extension);

    /// <summary>The writer's build and the runtime (its zlib): either changed, the same values may format or deflate otherwise.</summary>
    private static string WriterOf(Type writer) =>
        PublishVersion.Producer + " " + writer.Assembly.ManifestModule.ModuleVersionId.ToString("N") + " " + RuntimeInformation.FrameworkDescription + " " + RuntimeInformation.ProcessArchitecture;

    /// <summary>The recorded streams, each left where it lies in the file's bytes (read once, never copied out).</summary>
    private static Dictionary<string, ReadOnlyMemory<byte>> Load(string path, string magic, string writer)
    {
        var recorded = new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal);
        try
        {
            if (ChecksummedFile.ReadInPlace(path, magic) is not { } found || !string.Equals(found.Key, writer, StringComparison.Ordinal))
            {
                return recorded;
            }

            ReadOnlyMemory<byte> content = found.Content;
            var count = BinaryPrimitives.ReadInt32LittleEndian(content.Span);
            var at = sizeof(int);
            for (var i = 0; i < count; i++)
            {
                var key = Convert.ToHexString(content.Span.Slice(at, SHA256.HashSizeInBytes));
                at += SHA256.HashSizeInBytes;
                var length = BinaryPrimitives.ReadInt32LittleEndian(content.Span[at..]);
                at += sizeof(int);
                recorded[key] = content.Slice(at, length);
                at += length;
            }

            return recorded;
        }
#pragma warning disable CA1031 // Whatever is wrong with the file (cut short, damaged, unreadable), every page is deflated again.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal);
        }
    }
}
