using System.IO.Compression;
using System.Text;

namespace Publish.Engine.Tests.Hostile;

/// <summary>Raw views of the editions: every PDF stream decompressed, every EPUB entry, for byte searches.</summary>
internal static class EditionBytes
{
    public static bool IsCompletePdf(byte[] pdf)
    {
        var tail = Encoding.ASCII.GetString(pdf, Math.Max(0, pdf.Length - 32), Math.Min(32, pdf.Length));
        return pdf.AsSpan().StartsWith("%PDF-"u8) && tail.Contains("%%EOF", StringComparison.Ordinal);
    }

    public static IReadOnlyList<(string Name, byte[] Bytes)> EpubEntries(string epub)
    {
        using var zip = ZipFile.OpenRead(epub);
        return zip.Entries.Select(entry =>
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return (entry.FullName, copy.ToArray());
        }).ToList();
    }

    /// <summary>The file itself plus every stream in it, inflated when it is Flate-compressed (zlib).</summary>
    public static IEnumerable<byte[]> PdfStreams(byte[] pdf)
    {
        yield return pdf;
        var start = 0;
        while ((start = IndexOf(pdf, "stream"u8, start)) >= 0)
        {
            var dataStart = start + "stream".Length;
            if (dataStart < pdf.Length && pdf[dataStart] == '\r')
            {
                dataStart++;
            }

            if (dataStart < pdf.Length && pdf[dataStart] == '\n')
            {
                dataStart++;
            }

            var end = IndexOf(pdf, "endstream"u8, dataStart);
            if (end < 0)
            {
                yield break;
            }

            var data = pdf.AsSpan(dataStart, end - dataStart).ToArray();
            yield return data;
            if (Inflate(data) is { } inflated)
            {
                yield return inflated;
            }

            start = end + "endstream".Length;
        }
    }

    public static int IndexOf(byte[] haystack, ReadOnlySpan<byte> needle, int from = 0)
    {
        var found = haystack.AsSpan(from).IndexOf(needle);
        return found < 0 ? -1 : from + found;
    }

    private static byte[]? Inflate(byte[] data)
    {
        try
        {
            using var input = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
            using var output = new MemoryStream();
            input.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
