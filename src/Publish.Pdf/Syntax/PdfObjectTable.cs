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
/// </summary>
internal sealed class PdfObjectTable : IDisposable
{
    private readonly MemoryStream body = new();
    private readonly List<long> offsets = [-1];

    public PdfObjectTable()
    {
        // The binary comment tells transfer programs the file is binary (§7.5.2).
        WriteAscii("%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n", latin1: true);
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
        var payload = compress ? Deflate(data) : data.ToArray();
        var filter = compress ? " /Filter /FlateDecode" : string.Empty;
        BeginObject(id);
        WriteAscii($"<< {dictionaryEntries}{filter} /Length {payload.Length.ToString(CultureInfo.InvariantCulture)} >>\nstream\n");
        body.Write(payload);
        WriteAscii("\nendstream\nendobj\n");
    }

    /// <summary>Writes a stream whose bytes are already encoded (e.g. JPEG with /DCTDecode in the entries).</summary>
    public void WriteEncodedStream(int id, string dictionaryEntries, ReadOnlySpan<byte> encoded)
    {
        BeginObject(id);
        WriteAscii($"<< {dictionaryEntries} /Length {encoded.Length.ToString(CultureInfo.InvariantCulture)} >>\nstream\n");
        body.Write(encoded);
        WriteAscii("\nendstream\nendobj\n");
    }

    /// <summary>
    /// Writes the cross-reference table and trailer and copies the file to <paramref name="output"/>. The /ID is
    /// a hash of the body, so identical content gives an identical identifier (never random, never time-based).
    /// </summary>
    public void Finish(int catalogId, int infoId, Stream output)
    {
        for (var id = 1; id < offsets.Count; id++)
        {
            if (offsets[id] < 0)
            {
                throw new InvalidOperationException($"PDF object {id} was reserved but never written.");
            }
        }

        // 16 bytes, as is customary for /ID; SHA-256 truncated rather than MD5, which analyzers reject.
        var identifier = SHA256.HashData(body.GetBuffer().AsSpan(0, (int)body.Length)).AsSpan(0, 16);
        var xrefOffset = body.Length;
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
        body.Position = 0;
        body.CopyTo(output);
    }

    public void Dispose() => body.Dispose();

    private void BeginObject(int id)
    {
        if (offsets[id] >= 0)
        {
            throw new InvalidOperationException($"PDF object {id} written twice.");
        }

        offsets[id] = body.Length;
        WriteAscii(id.ToString(CultureInfo.InvariantCulture) + " 0 obj\n");
    }

    private void WriteAscii(string text, bool latin1 = false)
    {
        if (!latin1 && text.Any(c => c > '\u007F'))
        {
            throw new InvalidOperationException("PDF syntax must be ASCII; encode text strings first.");
        }

        body.Write(Encoding.Latin1.GetBytes(text));
    }

    private static byte[] Deflate(ReadOnlySpan<byte> data)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return compressed.ToArray();
    }
}
