using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Publish.Epub.Packaging;

/// <summary>
/// Writes the OCF zip. Invariants: <c>mimetype</c> is the first entry, stored, without extra field or data
/// descriptor; the other entries follow in the order they were added; every entry has the same timestamp.
/// The zip is our own, byte for byte what <see cref="ZipArchive"/> wrote before it (the same headers, and deflate
/// through <see cref="DeflateStream"/> at <see cref="CompressionLevel.Optimal"/>, tested against it) so that a book
/// rebuilt after one article changed can take the deflated form of every unchanged entry from an
/// <see cref="IZipEntryCache"/> instead of deflating it again. Each entry is deflated in memory before its header is
/// written, so the sizes are known and no data descriptor is needed on any stream.
/// </summary>
internal sealed class EpubArchiveWriter(IZipEntryCache? cache = null)
{
    private const ushort VersionNeeded = 20;

    /// <summary>Version 2.0 of the specification, made on Unix (the upper byte): as <see cref="ZipArchive"/> writes on Linux.</summary>
    private const ushort VersionMadeBy = (3 << 8) | 20;

    /// <summary>A regular file, rw-r--r-- (octal 100644), in the upper half as Unix zips carry it.</summary>
    private const uint UnixRegularFile = 0x81A4u << 16;

    private const ushort Utf8Names = 0x800;

    private readonly List<(string Name, PackageContent Content, bool Compress)> _entries = [];

    public void Add(string name, byte[] data, bool compress = true) => Add(name, PackageContent.Of(data), compress);

    public void Add(string name, PackageContent content, bool compress = true) => _entries.Add((name, content, compress));

    public void WriteTo(Stream output, DateTimeOffset buildDate)
    {
        var (time, date) = DosTime(ZipTimestamp.From(buildDate).DateTime);
        using var central = new MemoryStream();
        long offset = 0;
        var count = 0;
        foreach (var (name, content, compress) in _entries.Prepend(("mimetype", PackageContent.Of("application/epub+zip"u8.ToArray()), false)))
        {
            if (offset > uint.MaxValue || ++count > ushort.MaxValue)
            {
                throw new InvalidDataException("The EPUB would need a Zip64 archive (over 4 GB or 65,535 files), which this writer does not make.");
            }

            var nameBytes = Encoding.UTF8.GetBytes(name);
            var header = new Header(Ascii(name) ? (ushort)0 : Utf8Names, 0, time, date, 0, 0, 0, nameBytes.Length);
            if (content.Held is null && !compress && output.CanSeek)
            {
                // A photo copied from its file: streamed through, its checksum and size filled in afterwards, as ZipArchive did.
                header = Streamed(output, header, nameBytes, content);
            }
            else
            {
                var data = content.Held ?? content.ToArray();
                var (packed, method) = Packed(data, compress);
                header = header with { Method = method, Crc = System.IO.Hashing.Crc32.HashToUInt32(data), Packed = packed.Length, Size = data.Length };
                output.Write(header.Local());
                output.Write(nameBytes);
                output.Write(packed.Span);
            }

            central.Write(header.Central(offset));
            central.Write(nameBytes);
            offset += 30 + nameBytes.Length + header.Packed;
        }

        if (offset > uint.MaxValue)
        {
            throw new InvalidDataException("The EPUB would need a Zip64 archive (over 4 GB), which this writer does not make.");
        }

        central.Position = 0;
        central.CopyTo(output);
        var end = new byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054B50);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(8), (ushort)count);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(10), (ushort)count);
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(12), (uint)central.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(16), (uint)offset);
        output.Write(end);
    }

    /// <summary>A stored entry copied from <paramref name="content"/> to the seekable <paramref name="output"/>, its local header completed after.</summary>
    private static Header Streamed(Stream output, Header header, byte[] nameBytes, PackageContent content)
    {
        var start = output.Position;
        output.Write(header.Local());
        output.Write(nameBytes);
        var checking = new ChecksummingStream(output);
        content.WriteTo(checking);
        if (checking.Length > uint.MaxValue)
        {
            throw new InvalidDataException("The EPUB would need a Zip64 archive (a file over 4 GB), which this writer does not make.");
        }

        var done = header with { Crc = checking.Crc, Packed = checking.Length, Size = checking.Length };
        var end = output.Position;
        output.Position = start;
        output.Write(done.Local());
        output.Position = end;
        return done;
    }

    /// <summary>
    /// The entry's bytes as written and its method (8 deflated, 0 stored). An empty entry is stored, as
    /// <see cref="ZipArchive"/> does (its deflate stream writes nothing when given nothing).
    /// </summary>
    private (ReadOnlyMemory<byte> Data, ushort Method) Packed(byte[] data, bool compress)
    {
        if (!compress || data.Length == 0)
        {
            return (data, 0);
        }

        Span<byte> key = stackalloc byte[SHA256.HashSizeInBytes];
        if (cache is not null)
        {
            SHA256.HashData(data, key);
            if (cache.Find(key) is { } recorded)
            {
                return (recorded, 8);
            }
        }

        using var deflated = new MemoryStream();
        using (var deflate = new DeflateStream(deflated, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(data);
        }

        var bytes = deflated.ToArray();
        cache?.Keep(key, bytes);
        return (bytes, 8);
    }

    /// <summary>MS-DOS time (two-second steps) and date (years from 1980) of <paramref name="at"/>, in range by <see cref="ZipTimestamp"/>.</summary>
    private static (ushort Time, ushort Date) DosTime(DateTime at) =>
        ((ushort)((at.Hour << 11) | (at.Minute << 5) | (at.Second / 2)), (ushort)(((at.Year - 1980) << 9) | (at.Month << 5) | at.Day));

    private static bool Ascii(string name) => name.All(c => c < 0x80);

    /// <summary>One entry's header fields: the local header and the central directory's entry share them, from "version needed" on.</summary>
    private readonly record struct Header(ushort Flags, ushort Method, ushort Time, ushort Date, uint Crc, long Packed, long Size, int NameLength)
    {
        public byte[] Local()
        {
            var local = new byte[30];
            BinaryPrimitives.WriteUInt32LittleEndian(local, 0x04034B50);
            Shared(local.AsSpan(4));
            return local;
        }

        public byte[] Central(long offset)
        {
            var entry = new byte[46];
            BinaryPrimitives.WriteUInt32LittleEndian(entry, 0x02014B50);
            BinaryPrimitives.WriteUInt16LittleEndian(entry.AsSpan(4), VersionMadeBy);
            Shared(entry.AsSpan(6));
            // Extra field and comment lengths, disk number, internal attributes: zero.
            BinaryPrimitives.WriteUInt32LittleEndian(entry.AsSpan(38), UnixRegularFile);
            BinaryPrimitives.WriteUInt32LittleEndian(entry.AsSpan(42), (uint)offset);
            return entry;
        }

        private void Shared(Span<byte> at)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(at, VersionNeeded);
            BinaryPrimitives.WriteUInt16LittleEndian(at[2..], Flags);
            BinaryPrimitives.WriteUInt16LittleEndian(at[4..], Method);
            BinaryPrimitives.WriteUInt16LittleEndian(at[6..], Time);
            BinaryPrimitives.WriteUInt16LittleEndian(at[8..], Date);
            BinaryPrimitives.WriteUInt32LittleEndian(at[10..], Crc);
            BinaryPrimitives.WriteUInt32LittleEndian(at[14..], (uint)Packed);
            BinaryPrimitives.WriteUInt32LittleEndian(at[18..], (uint)Size);
            BinaryPrimitives.WriteUInt16LittleEndian(at[22..], (ushort)NameLength);
        }
    }
}
