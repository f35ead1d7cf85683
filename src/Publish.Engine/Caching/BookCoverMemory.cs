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

    public byte[]? Find(string key) => _read ? ChecksummedFile.Read(_path, Magic, key) : null;

    public void Keep(string key, byte[] jpeg) => _drawn = (key, jpeg);

    /// <summary>Records the cover drawn by this build, if one was drawn (a cover taken from the file leaves it as it is).</summary>
    public void Save()
    {
        if (_drawn is not { } drawn)
        {
            return;
        }

        ChecksummedFile.Write(_path, drawn.Jpeg, Magic, drawn.Key);
    }
}
