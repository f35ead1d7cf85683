using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Publish.Pdf;

namespace Publish.Engine.Caching;

/// <summary>
/// The deflated page content streams of a book's last PDF (issue 20, incremental books), in one file,
/// <c>OUTPUT/.publish-cache/books/NAME.streams</c>: a rebuild after one article changed deflates only the pages whose
/// operators changed. The file holds the PDF writer's build and the runtime it was written by (another could format or
/// deflate the same page otherwise, and a cold build must give the same file as a warm one) and a SHA-256 of its entries: a file of another
/// tool, a damaged or unreadable one is empty, never an error. <see cref="Save"/> writes only the streams this build's
/// PDF used, so the file never holds more than one PDF's pages.
/// </summary>
public sealed class BookStreamCache : IContentStreamCache
{
    private const string Magic = "publish-content-streams-1";

    /// <summary>The PDF writer's build and the runtime (its zlib): either changed, the streams may format or deflate otherwise.</summary>
    private static readonly string Writer =
        PublishVersion.Producer + " " + typeof(PdfWriter).Assembly.ManifestModule.ModuleVersionId.ToString("N") + " " + RuntimeInformation.FrameworkDescription + " " + RuntimeInformation.ProcessArchitecture;

    private readonly string _path;
    private readonly Dictionary<string, byte[]> _recorded;
    private readonly ConcurrentDictionary<string, byte[]> _used = new(StringComparer.Ordinal);
    private int _hits;

    private BookStreamCache(string path, Dictionary<string, byte[]> recorded)
    {
        _path = path;
        _recorded = recorded;
    }

    /// <summary>The number of pages whose recorded stream was taken (for tests and measurements).</summary>
    public int Hits => _hits;

    /// <param name="read">False under <c>--force</c>: nothing recorded is taken, the streams are recorded anew.</param>
    public static BookStreamCache Open(string outputFolder, string bookName, bool read)
    {
        var path = Path.Combine(outputFolder, BuildCache.FolderName, BuildCache.BooksFolderName, bookName + ".streams");
        return new BookStreamCache(path, read ? Load(path) : new Dictionary<string, byte[]>(StringComparer.Ordinal));
    }

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
        using var content = new MemoryStream();
        using (var writer = new BinaryWriter(content, Encoding.UTF8, leaveOpen: true))
        {
            var entries = _used.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
            writer.Write(entries.Count);
            foreach (var (key, deflated) in entries)
            {
                writer.Write(Convert.FromHexString(key));
                writer.Write(deflated.Length);
                writer.Write(deflated);
            }
        }

        ChecksummedFile.Write(_path, content.ToArray(), Magic, Writer);
    }

    private static Dictionary<string, byte[]> Load(string path)
    {
        var recorded = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        try
        {
            if (ChecksummedFile.Read(path, Magic, Writer) is not { } content)
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
