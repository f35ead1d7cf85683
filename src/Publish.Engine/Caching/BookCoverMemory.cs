using System.Security.Cryptography;
using System.Text;
using Publish.Engine.Output;
using Publish.Epub;

namespace Publish.Engine.Caching;

/// <summary>
/// The cover the last build of a book drew for its EPUB (issue 20, incremental books), in
/// <c>OUTPUT/.publish-cache/books/NAME.cover</c>, under the key the EPUB writer gives it (<see cref="ICoverMemory"/>) and
/// with a SHA-256 of its bytes: another key, a damaged or unreadable file is a miss (the cover is drawn), never an error.
/// One cover a book, replaced when it changes.
/// </summary>
public sealed class BookCoverMemory : ICoverMemory
{
    private const string Magic = "publish-cover-1";

    private readonly string _path;
    private readonly bool _read;
    private (string Key, byte[] Jpeg)? _drawn;

    /// <param name="read">False under <c>--force</c>: the cover is drawn and recorded anew.</param>
    public BookCoverMemory(string outputFolder, string bookName, bool read)
    {
        _path = Path.Combine(outputFolder, BuildCache.FolderName, BuildCache.BooksFolderName, bookName + ".cover");
        _read = read;
    }

    public byte[]? Find(string key)
    {
        if (!_read)
        {
            return null;
        }

        try
        {
            if (!File.Exists(_path))
            {
                return null;
            }

            using var input = new BinaryReader(new MemoryStream(File.ReadAllBytes(_path)), Encoding.UTF8);
            if (!string.Equals(input.ReadString(), Magic, StringComparison.Ordinal) || !string.Equals(input.ReadString(), key, StringComparison.Ordinal))
            {
                return null;
            }

            var hash = input.ReadBytes(SHA256.HashSizeInBytes);
            var jpeg = input.ReadBytes(input.ReadInt32());
            return SHA256.HashData(jpeg).AsSpan().SequenceEqual(hash) ? jpeg : null;
        }
#pragma warning disable CA1031 // Whatever is wrong with the file (cut short, damaged, unreadable), the cover is drawn again.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    public void Keep(string key, byte[] jpeg) => _drawn = (key, jpeg);

    /// <summary>Records the cover drawn by this build, if one was drawn (a cover taken from the file leaves it as it is).</summary>
    public void Save()
    {
        if (_drawn is not { } drawn)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            AtomicFile.Write(_path, stream =>
            {
                using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
                writer.Write(Magic);
                writer.Write(drawn.Key);
                writer.Write(SHA256.HashData(drawn.Jpeg));
                writer.Write(drawn.Jpeg.Length);
                writer.Write(drawn.Jpeg);
            }, durable: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // Not recorded: the next build draws the cover again.
        }
    }
}
