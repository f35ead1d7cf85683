using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Publish.Pdf.Syntax;

/// <summary>
/// The body of a PDF file under construction: numbered indirect objects written in any order, then the
/// cross-reference table and trailer. Object numbers are reserved before their objects are written, so
/// objects can refer forward (a page to its parent, an annotation to a page). Invariant: every reserved
/// number is written exactly once before <see cref="Finish"/>.
/// Objects go straight to the output as they are written (a 400-page book with its photos is tens of
/// megabytes; buffering it whole cost a second copy and large-object-heap churn); the body is hashed on the
/// way for the /ID, and offsets are counted rather than asked of a stream that may not seek.
/// The body is hashed with SHA-256 (OpenSSL, ~1.5 GB/s with the CPU's SHA instructions) and not with a faster
/// non-cryptographic hash such as XXH128: System.IO.Hashing's XXH128 uses 256-bit vectors, which the ReadyToRun images
/// cannot hold, so the Release build ran it JIT-compiled at tier 0 — ~175 ms for a 25 MB book on the PDF writer's
/// thread, the build's critical path, against ~17 ms for SHA-256. When the output keeps that hash itself from its first
/// byte (<see cref="ISha256Output"/>: an edition's pending file), it is taken from there and the body is not hashed twice.
/// </summary>
internal sealed class PdfObjectTable : IDisposable
{
    private readonly Stream output;
    /// <summary>The output's own hash of the body, when it keeps one from the body's first byte; otherwise <see cref="bodyHash"/>.</summary>
    private readonly ISha256Output? outputHash;
    private readonly IncrementalHash? bodyHash;
    private readonly List<long> offsets = [-1];
    private long length;

    /// <param name="version">The header's PDF version: 1.7, or 1.6 for PDF/X-4 (ISO 15930-7 §6.2.2 allows no later one).</param>
    public PdfObjectTable(Stream output, string version = "1.7")
    {
        this.output = output;
        if (output is ISha256Output { HashedBytes: 0 } hashed)
        {
            outputHash = hashed;
        }
        else
        {
            bodyHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        }

        // The binary comment (four bytes above 127) tells transfer programs the file is binary (§7.5.2; ISO 19005-2 §6.1.2).
        try
        {
            WriteAscii("%PDF-" + version + "\n%\u00E2\u00E3\u00CF\u00D3\n", latin1: true);
        }
        catch
        {
            bodyHash?.Dispose();
            throw;
        }
    }

    public int Reserve()
    {
        offsets.Add(-1);
        return offsets.Count - 1;
    }

    public static string Reference(int id) => id.ToString(CultureInfo.InvariantCulture) + " 0 R";

    public void WriteObject(int id, string value)
    {
        BeginObject(id);
        WriteAscii(value);
        WriteAscii("\nendobj\n");
    }

    /// <summary>Writes a stream object; <paramref name="dictionaryEntries"/> must not contain /Length or /Filter.</summary>
    public void WriteStream(int id, string dictionaryEntries, ReadOnlySpan<byte> data, bool compress)
    {
        if (compress)
        {
            WriteDeflatedStream(id, dictionaryEntries, Deflate(data));
        }
        else
        {
            WriteEncodedStream(id, dictionaryEntries, data);
        }
    }

    /// <summary>Writes a stream whose bytes were compressed by <see cref="Deflate(ReadOnlySpan{byte})"/> beforehand (e.g. on another thread).</summary>
    public void WriteDeflatedStream(int id, string dictionaryEntries, ReadOnlySpan<byte> deflated) =>
        WriteEncodedStream(id, dictionaryEntries + " /Filter /FlateDecode", deflated);

    /// <summary>Writes a stream whose bytes are already encoded (e.g. JPEG with /DCTDecode in the entries).</summary>
    public void WriteEncodedStream(int id, string dictionaryEntries, ReadOnlySpan<byte> encoded)
    {
        BeginStream(id, dictionaryEntries, encoded.Length);
        Append(encoded);
        EndStream();
    }

    /// <summary>Writes a stream of already encoded bytes copied from <paramref name="source"/>: exactly <paramref name="length"/> of them.</summary>
    public void WriteEncodedStream(int id, string dictionaryEntries, Stream source, long length)
    {
        BeginStream(id, dictionaryEntries, length);

        // A megabyte at a time: a book's photos are tens of megabytes, and each chunk is a read and a write of its own.
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            for (var left = length; left > 0;)
            {
                var chunk = (int)Math.Min(left, buffer.Length);
                source.ReadExactly(buffer, 0, chunk);
                Append(buffer.AsSpan(0, chunk));
                left -= chunk;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        EndStream();
    }

    private void BeginStream(int id, string dictionaryEntries, long length)
    {
        BeginObject(id);
        WriteAscii($"<< {dictionaryEntries} /Length {length.ToString(CultureInfo.InvariantCulture)} >>\nstream\n");
    }

    private void EndStream() => WriteAscii("\nendstream\nendobj\n");

    /// <summary>
    /// Writes the cross-reference table and trailer. The /ID is a hash of the body, so identical content gives
    /// an identical identifier (never random, never time-based).
    /// </summary>
    public void Finish(int catalogId, int infoId)
    {
        for (var id = 1; id < offsets.Count; id++)
        {
            if (offsets[id] < 0)
            {
                throw new InvalidOperationException($"PDF object {id} was reserved but never written.");
            }
        }

        // 16 bytes, as is customary for /ID; SHA-256 truncated rather than MD5, which analyzers reject.
        var identifier = BodyHash().AsSpan(0, 16);
        var xrefOffset = length;
        var xref = new StringBuilder();
        xref.Append("xref\n0 ").Append(offsets.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
        xref.Append("0000000000 65535 f \n");
        for (var id = 1; id < offsets.Count; id++)
        {
            xref.Append(offsets[id].ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        var hex = PdfFormat.HexString(identifier);
        xref.Append("trailer\n<< /Size ").Append(offsets.Count.ToString(CultureInfo.InvariantCulture))
            .Append(" /Root ").Append(Reference(catalogId))
            .Append(" /Info ").Append(Reference(infoId))
            .Append(" /ID [").Append(hex).Append(' ').Append(hex).Append("] >>\n")
            .Append("startxref\n").Append(xrefOffset.ToString(CultureInfo.InvariantCulture)).Append("\n%%EOF\n");
        WriteAscii(xref.ToString());
    }

    public void Dispose() => bodyHash?.Dispose();

    /// <summary>The SHA-256 of everything written so far: the body, before the trailer that carries its identifier.</summary>
    private byte[] BodyHash()
    {
        if (outputHash is null)
        {
            return bodyHash!.GetHashAndReset();
        }

        // The table is the output's only writer: anything else would have made this a hash of other bytes.
        return outputHash.HashedBytes == length
            ? outputHash.CurrentSha256()
            : throw new InvalidOperationException($"The PDF output's hash covers {outputHash.HashedBytes} bytes, not the body's {length}: something else wrote to it or went back in it.");
    }

    private void BeginObject(int id)
    {
        if (offsets[id] >= 0)
        {
            throw new InvalidOperationException($"PDF object {id} written twice.");
        }

        offsets[id] = length;
        WriteAscii(id.ToString(CultureInfo.InvariantCulture) + " 0 obj\n");
    }

    private void WriteAscii(string text, bool latin1 = false)
    {
        if (!latin1 && !Ascii.IsValid(text))
        {
            throw new InvalidOperationException("PDF syntax must be ASCII; encode text strings first.");
        }

        // Through a pooled buffer: a book writes thousands of small objects (pages, links).
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.Latin1.GetMaxByteCount(text.Length));
        try
        {
            Append(buffer.AsSpan(0, Encoding.Latin1.GetBytes(text, buffer)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        output.Write(bytes);
        bodyHash?.AppendData(bytes);
        length += bytes.Length;
    }

    /// <summary>Deflates ASCII text (a content stream's operators) without first copying it into a string or array of its own.</summary>
    public static byte[] Deflate(StringBuilder ascii)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ascii.Length);
        try
        {
            var length = 0;
            foreach (var chunk in ascii.GetChunks())
            {
                length += Encoding.ASCII.GetBytes(chunk.Span, buffer.AsSpan(length));
            }

            return Deflate(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Deflates a stream's data (zlib format, as /FlateDecode expects); pure, so callers may run it in parallel.</summary>
    public static byte[] Deflate(ReadOnlySpan<byte> data)
    {
        // Sized for text, which deflates to about a quarter: growing from empty copied every page several times.
        using var compressed = new MemoryStream((data.Length / 4) + 64);
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return compressed.ToArray();
    }
}
