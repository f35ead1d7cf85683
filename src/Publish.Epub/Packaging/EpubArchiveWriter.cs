using System.IO.Compression;

namespace Publish.Epub.Packaging;

/// <summary>
/// Writes the OCF zip. Invariants: <c>mimetype</c> is the first entry, stored, without extra field or data
/// descriptor (the zip is built in a seekable buffer so no descriptor is needed); the other entries follow in
/// the order they were added; every entry has the same timestamp.
/// </summary>
internal sealed class EpubArchiveWriter
{
    private readonly List<(string Name, byte[] Data, bool Compress)> _entries = [];

    public void Add(string name, byte[] data, bool compress = true) => _entries.Add((name, data, compress));

    public void WriteTo(Stream output, DateTimeOffset buildDate)
    {
        var timestamp = ZipTimestamp.From(buildDate);
        // Sized for the stored entries (photos are most of the bytes) so the buffer is not regrown and copied
        // several times on the way to tens of megabytes; compressed entries only shrink.
        var capacity = 4096L + _entries.Sum(e => e.Data.LongLength + 256 + e.Name.Length);
        using var buffer = new MemoryStream((int)Math.Min(capacity, Array.MaxLength));
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "mimetype", "application/epub+zip"u8.ToArray(), CompressionLevel.NoCompression, timestamp);
            foreach (var (name, data, compress) in _entries)
            {
                Write(zip, name, data, compress ? CompressionLevel.Optimal : CompressionLevel.NoCompression, timestamp);
            }
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void Write(ZipArchive zip, string name, byte[] data, CompressionLevel level, DateTimeOffset timestamp)
    {
        var entry = zip.CreateEntry(name, level);
        entry.LastWriteTime = timestamp;
        using var stream = entry.Open();
        stream.Write(data);
    }
}
