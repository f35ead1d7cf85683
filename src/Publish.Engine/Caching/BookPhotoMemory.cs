using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using Publish.Imaging;

namespace Publish.Engine.Caching;

/// <summary>
/// What the last build of a book found in its photos (issue 20, incremental books), in
/// <c>OUTPUT/.publish-cache/books/NAME.photos</c>: each sound photo's inspection under the SHA-256 of its bytes. A photo
/// is taken as inspected when the book's last recorded inputs hold it with the same size and time (the rule the build
/// cache trusts for a hit, <see cref="InputHasher.Refresh"/>), so it is neither hashed nor decoded again. A refused
/// photo is never recorded: it is inspected again and its diagnostic given again. A damaged or foreign file is empty,
/// never an error; <see cref="Save"/> writes only this build's photos, so the file never outgrows the book.
/// </summary>
public sealed class BookPhotoMemory : IImageInspectionMemory
{
    private const string Magic = "publish-photo-inspections-1";

    private readonly string _path;
    private readonly Dictionary<string, InputRecord> _known;
    private readonly Dictionary<string, ImageInspection> _recorded;
    private readonly ConcurrentDictionary<string, ImageInspection> _found = new(StringComparer.Ordinal);
    private int _hits;

    private BookPhotoMemory(string path, Dictionary<string, InputRecord> known, Dictionary<string, ImageInspection> recorded)
    {
        _path = path;
        _known = known;
        _recorded = recorded;
    }

    /// <param name="known">The book's inputs as its last build recorded them, refreshed (<see cref="InputHasher.Refresh"/>); empty under <c>--force</c>.</param>
    public static BookPhotoMemory Open(string outputFolder, string bookName, IEnumerable<InputRecord> known)
    {
        var path = Path.Combine(outputFolder, BuildCache.FolderName, BuildCache.BooksFolderName, bookName + ".photos");
        var files = known.Where(r => !r.IsListing && r.Sha256 != InputRecord.Absent)
            .GroupBy(r => Path.GetFullPath(r.Path), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return new BookPhotoMemory(path, files, files.Count == 0 ? new Dictionary<string, ImageInspection>(StringComparer.Ordinal) : Load(path));
    }

    /// <summary>The photos taken as inspected (for tests and measurements).</summary>
    public int Hits => _hits;

    public ImageInspection? Find(string path)
    {
        var full = Path.GetFullPath(path);
        if (!_known.TryGetValue(full, out var record) || !_recorded.TryGetValue(record.Sha256, out var inspection))
        {
            return null;
        }

        Interlocked.Increment(ref _hits);
        _found.TryAdd(full, inspection);
        return inspection;
    }

    public void Keep(string path, ImageInspection inspection)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        if (inspection.IsSound)
        {
            _found.TryAdd(Path.GetFullPath(path), inspection);
        }
    }

    /// <summary>The record of a file this build's last inputs hold unchanged (no need to hash it again), else a fresh hash.</summary>
    public InputRecord Hash(string path) =>
        _known.TryGetValue(Path.GetFullPath(path), out var record) && InputHasher.Refresh(record) is { } now && ReferenceEquals(now, record)
            ? record with { Path = path }
            : InputHasher.File(path);

    /// <summary>Replaces the file with the inspections of this build's photos, named by the hashes in <paramref name="inputs"/>.</summary>
    public void Save(ImmutableArray<InputRecord> inputs)
    {
        var entries = new SortedDictionary<string, ImageInspection>(StringComparer.Ordinal);
        foreach (var input in inputs.Where(r => !r.IsListing && r.Sha256 != InputRecord.Absent))
        {
            if (_found.TryGetValue(Path.GetFullPath(input.Path), out var inspection))
            {
                entries[input.Sha256] = inspection;
            }
        }

        using var content = new MemoryStream();
        using (var writer = new BinaryWriter(content, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(entries.Count);
            foreach (var (hash, inspection) in entries)
            {
                writer.Write(hash);
                writer.Write(inspection.Format);
                writer.Write(inspection.Width);
                writer.Write(inspection.Height);
                writer.Write(inspection.Frames);
                writer.Write(inspection.Orientation);
            }
        }

        ChecksummedFile.Write(_path, content.ToArray(), Magic);
    }

    private static Dictionary<string, ImageInspection> Load(string path)
    {
        var recorded = new Dictionary<string, ImageInspection>(StringComparer.Ordinal);
        try
        {
            if (ChecksummedFile.Read(path, Magic) is not { } content)
            {
                return recorded;
            }

            using var entries = new BinaryReader(new MemoryStream(content), Encoding.UTF8);
            var count = entries.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var key = entries.ReadString();
                var inspection = ImageInspection.Sound(entries.ReadString(), entries.ReadInt32(), entries.ReadInt32(), entries.ReadInt32()) with { Orientation = entries.ReadInt32() };
                _ = inspection.Facts; // a format this build does not know throws here: the file is foreign, so empty
                recorded[key] = inspection;
            }

            return recorded;
        }
#pragma warning disable CA1031 // Whatever is wrong with the file (cut short, damaged, unreadable), every photo is inspected again.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return new Dictionary<string, ImageInspection>(StringComparer.Ordinal);
        }
    }
}
