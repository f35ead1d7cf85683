using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Diagnostics;

namespace Publish.Engine.Caching;

/// <summary>
/// The parts of one book as they were read (issue 20, incremental books): one file per part in
/// <c>OUTPUT/.publish-cache/books/NAME.read/</c>, named by the part's path, holding its document and what the reader
/// reported, with the inputs it was read from. A book rebuilt after one article changed reads that one again and
/// takes the others from here, so its rebuild time no longer grows with the parts it did not touch. A record is taken
/// only under the same build key (tool, style and its files, reading and citation options) and while every input it was
/// read from hashes the same — the part (hashed before this build reads it), its photos (their facts are in the
/// document), its bibliography and CSL files, and the folder listings standing for a missing photo. A file of another
/// key, a damaged, unreadable or undecodable one is a miss, never an error: the part is read again.
/// </summary>
internal sealed class BookReadCache
{
    internal const string Magic = "publish-article-read-1";

    private readonly string _folder;
    private readonly string _buildKey;
    private readonly bool _read;

    /// <param name="outputFolder">The build's output folder.</param>
    /// <param name="bookName">The book's name: its records' folder.</param>
    /// <param name="buildKey">The build-wide key (<see cref="BuildFingerprint.Of"/>): it holds everything a read depends on besides its inputs.</param>
    /// <param name="read">False under <c>--force</c>: nothing recorded is taken, every part is read and recorded anew.</param>
    public BookReadCache(string outputFolder, string bookName, string buildKey, bool read)
    {
        _folder = Path.Combine(outputFolder, BuildCache.FolderName, BuildCache.BooksFolderName, bookName + ".read");
        _buildKey = buildKey;
        _read = read;
    }

    /// <summary>
    /// The part as recorded, when it was recorded under this build key from the very bytes <paramref name="part"/> was
    /// hashed from (before this build read anything) and every other input still hashes the same; null otherwise.
    /// </summary>
    public (Document Document, ImmutableArray<Diagnostic> Diagnostics)? Find(string path, InputRecord part)
    {
        if (!_read || ChecksummedFile.Read(FileOf(path), Magic, DocumentCodec.Version, KeyOf(path)) is not { } bytes)
        {
            return null;
        }

        try
        {
            var recorded = DocumentCodec.Read(bytes);
            if (recorded.Inputs.IsDefaultOrEmpty || !Same(recorded.Inputs[0], part) || !recorded.Inputs.Skip(1).All(r => Same(r, InputHasher.Refresh(r))))
            {
                return null;
            }
            return (recorded.Document, recorded.Diagnostics);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Records a part read without errors: its document as the reader made it (before the manifest's metadata override,
    /// which is applied to a recorded one alike), what the reader reported, and its inputs (<see cref="ManuscriptInputs.Of"/>,
    /// the part first, hashed before it was read). Not recorded when the disk refuses: the next build reads it again.
    /// </summary>
    public void Keep(string path, ImmutableArray<InputRecord> inputs, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = DocumentCodec.Write(new RecordedRead(inputs, diagnostics, document));
        }
        catch (NotSupportedException)
        {
            // A document the contract cannot hold is read again next time, never recorded half.
            return;
        }

        // Makes the folder; a disk that refuses leaves no record, and the part is read again next time.
        ChecksummedFile.Write(FileOf(path), bytes, Magic, DocumentCodec.Version, KeyOf(path));
    }

    /// <summary>Drops the records of parts the book no longer has, so the folder never grows past the book's parts.</summary>
    public void Prune(IEnumerable<string> paths) => PartRecordFolder.Prune(_folder, paths.Select(FileOf));

    /// <summary>The same input: the same file or listing with the same content (its hash; a missing file is <see cref="InputRecord.Absent"/>).</summary>
    private static bool Same(InputRecord recorded, InputRecord now) =>
        string.Equals(recorded.Path, now.Path, StringComparison.Ordinal) && recorded.IsListing == now.IsListing && string.Equals(recorded.Sha256, now.Sha256, StringComparison.Ordinal);

    private string KeyOf(string path) => _buildKey + " " + Path.GetFullPath(path);

    private string FileOf(string path) => PartRecordFolder.FileOf(_folder, path, ".record");
}
