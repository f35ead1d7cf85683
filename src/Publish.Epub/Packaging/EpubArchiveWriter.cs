using System.IO.Compression;

namespace Publish.Epub.Packaging;

/// <summary>
/// Writes the OCF zip. Invariants: <c>mimetype</c> is the first entry, stored, without extra field or data
/// descriptor; the other entries follow in the order they were added; every entry has the same timestamp.
/// A zip written to a non-seekable stream needs data descriptors, so such an output gets the zip built in a
/// buffer first; a file (the usual output) is written in place, each entry's sizes filled in afterwards.
/// </summary>
internal sealed class EpubArchiveWriter
{
    private readonly List<(string Name, PackageContent Content, bool Compress)> _entries = [];

    public void Add(string name, byte[] data, bool compress = true) => Add(name, PackageContent.Of(data), compress);

    public void Add(string name, PackageContent content, bool compress = true) => _entries.Add((name, content, compress));

    public void WriteTo(Stream output, DateTimeOffset buildDate)
    {
        if (output.CanSeek)
        {
            WriteZip(output, buildDate);
            return;
        }

        using var buffer = new MemoryStream();
        WriteZip(buffer, buildDate);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private void WriteZip(Stream output, DateTimeOffset buildDate)
    {
        var timestamp = ZipTimestamp.From(buildDate);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Write(zip, "mimetype", PackageContent.Of("application/epub+zip"u8.ToArray()), CompressionLevel.NoCompression, timestamp);
        foreach (var (name, content, compress) in _entries)
        {
            Write(zip, name, content, compress ? CompressionLevel.Optimal : CompressionLevel.NoCompression, timestamp);
        }
    }

    private static void Write(ZipArchive zip, string name, PackageContent content, CompressionLevel level, DateTimeOffset timestamp)
    {
        var entry = zip.CreateEntry(name, level);
        entry.LastWriteTime = timestamp;
        using var stream = entry.Open();
        content.WriteTo(stream);
    }
}
