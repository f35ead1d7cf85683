using System.Collections.Immutable;
using System.Text;
using Publish.Engine.Books;
using Publish.Model.Diagnostics;

namespace Publish.Engine.Caching;

/// <summary>
/// The build cache's entries — a manuscript's <see cref="CacheEntry"/>, a book's <see cref="BookCacheEntry"/> — as bytes:
/// each member in declaration order, strings length-prefixed (<see cref="BinaryWriter"/>'s UTF-8 form), numbers as they
/// are, lists as a count and their items. <see cref="BuildCache"/> keeps them in checksummed files, so a damaged entry
/// never reaches the decoder; the decoder still refuses anything cut short, with bytes left over, or with a count or
/// enumeration value out of range: a miss, never an error.
/// <para>
/// The entries were JSON until issue 20's last round. System.Text.Json's generated contract still JIT-compiled some 190
/// methods on first use (converters over these records' types, which the ReadyToRun images cannot hold): ~90 ms
/// of a spare core in every build, which a one-article rebuild of a 40-article book (~0.7 s on two cores) could not spare.
/// </para>
/// </summary>
internal static class CacheEntryCodec
{
    /// <summary>The largest count of inputs, outputs or diagnostics an entry is believed to hold; more is a damaged entry.</summary>
    private const int MaxItems = 1 << 20;

    public static byte[] Encode(CacheEntry entry) => Encode(writer =>
    {
        writer.Write(entry.Source);
        Common(writer, entry.BuildKey, entry.Key, entry.Inputs, entry.Outputs, entry.Diagnostics);
        var summary = entry.Summary;
        writer.Write(summary.Title);
        writer.Write(summary.Pages);
        writer.Write(summary.Notes);
        writer.Write(summary.Figures);
        writer.Write(summary.BibliographyEntries);
    });

    public static byte[] Encode(BookCacheEntry entry) => Encode(writer =>
    {
        writer.Write(entry.Book);
        Common(writer, entry.BuildKey, entry.Key, entry.Inputs, entry.Outputs, entry.Diagnostics);
        var summary = entry.Summary;
        writer.Write(summary.Title);
        writer.Write(summary.Pages);
        writer.Write(summary.Articles);
        writer.Write(summary.Notes);
        writer.Write(summary.Figures);
    });

    /// <summary>A manuscript's entry; null when the bytes are not one.</summary>
    public static CacheEntry? DecodeManuscript(byte[] bytes) => Decode(bytes, reader =>
        new CacheEntry(
            reader.ReadString(), reader.ReadString(), reader.ReadString(), Inputs(reader), Outputs(reader), Diagnostics(reader),
            new ManuscriptSummary(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32())));

    /// <summary>A book's entry; null when the bytes are not one.</summary>
    public static BookCacheEntry? DecodeBook(byte[] bytes) => Decode(bytes, reader =>
        new BookCacheEntry(
            reader.ReadString(), reader.ReadString(), reader.ReadString(), Inputs(reader), Outputs(reader), Diagnostics(reader),
            new BookSummary(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32())));

    private static byte[] Encode(Action<BinaryWriter> members)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            members(writer);
        }

        return stream.ToArray();
    }

    private static void Common(
        BinaryWriter writer, string buildKey, string key, ImmutableArray<InputRecord> inputs, ImmutableArray<CachedOutput> outputs, ImmutableArray<CachedDiagnostic> diagnostics)
    {
        writer.Write(buildKey);
        writer.Write(key);
        writer.Write(inputs.Length);
        foreach (var input in inputs)
        {
            RecordFields.Write(writer, input);
        }

        writer.Write(outputs.Length);
        foreach (var output in outputs)
        {
            writer.Write((int)output.Format);
            writer.Write(output.Path);
            writer.Write(output.Bytes);
            writer.Write(output.ModifiedTicks);
            writer.Write(output.Sha256);
        }

        writer.Write(diagnostics.Length);
        foreach (var diagnostic in diagnostics)
        {
            writer.Write((int)diagnostic.Severity);
            writer.Write(diagnostic.Code);
            writer.Write(diagnostic.File);
            writer.Write(diagnostic.Line);
            writer.Write(diagnostic.Column);
            writer.Write(diagnostic.Message);
        }
    }

    private static T? Decode<T>(byte[] bytes, Func<BinaryReader, T> entry)
        where T : class
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
            var decoded = entry(reader);
            return reader.BaseStream.Position == bytes.Length ? decoded : null;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or InvalidDataException)
        {
            return null;
        }
    }

    private static ImmutableArray<InputRecord> Inputs(BinaryReader reader) =>
        Items(reader, RecordFields.ReadInput);

    private static ImmutableArray<CachedOutput> Outputs(BinaryReader reader) =>
        Items(reader, static r => new CachedOutput(RecordFields.Known<EditionFormats>(r.ReadInt32()), r.ReadString(), r.ReadInt64(), r.ReadInt64(), r.ReadString()));

    private static ImmutableArray<CachedDiagnostic> Diagnostics(BinaryReader reader) =>
        Items(reader, static r => new CachedDiagnostic(RecordFields.Known<DiagnosticSeverity>(r.ReadInt32()), r.ReadString(), r.ReadString(), r.ReadInt32(), r.ReadInt32(), r.ReadString()));

    private static ImmutableArray<T> Items<T>(BinaryReader reader, Func<BinaryReader, T> item)
    {
        var count = reader.ReadInt32();
        if (count is < 0 or > MaxItems)
        {
            throw new InvalidDataException($"a cache entry lists {count} items");
        }

        var items = ImmutableArray.CreateBuilder<T>(count);
        for (var i = 0; i < count; i++)
        {
            items.Add(item(reader));
        }

        return items.MoveToImmutable();
    }
}
