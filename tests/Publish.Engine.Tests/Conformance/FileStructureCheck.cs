using System.Text.RegularExpressions;
using UglyToad.PdfPig.Tokens;

namespace Publish.Engine.Tests.Conformance;

/// <summary>
/// File structure from the raw bytes: header and binary comment (ISO 19005-2 6.1.2), trailer /ID, no encryption and
/// nothing after %%EOF (6.1.3; ISO 15930-7 6.1.3), the xref keyword's layout (6.1.4), stream keywords, EOLs and
/// /Length (6.1.7.1), and no LZW (6.1.7.2; ISO 15930-7 6.1.7).
/// </summary>
internal sealed partial class FileStructureCheck : IClauseCheck
{
    public IEnumerable<ClauseFailure> Check(PdfFile pdf, ConformanceClaims claims)
    {
        var a2 = claims.HasFlag(ConformanceClaims.PdfA2b);
        var x4 = claims.HasFlag(ConformanceClaims.PdfX4);
        var raw = pdf.Raw;
        if (a2)
        {
            if (!HeaderPattern().IsMatch(raw))
            {
                yield return new ClauseFailure(Clauses.A2Header, "the file does not start with %PDF-1.n followed by a comment line of at least four bytes above 127");
            }

            var eof = raw.LastIndexOf("%%EOF", StringComparison.Ordinal);
            if (eof < 0 || raw.Length - (eof + 5) > 2 || raw[(eof + 5)..].Any(c => c is not ('\r' or '\n')))
            {
                yield return new ClauseFailure(Clauses.A2Trailer, "bytes other than one EOL follow the last %%EOF");
            }

            if (!XrefPattern().IsMatch(raw[StartXref(raw)..]))
            {
                yield return new ClauseFailure(Clauses.A2Xref, "the last cross-reference section does not start with 'xref', one EOL and a subsection header 'first count'");
            }
        }

        var trailer = pdf.Document.Structure.Trailer;
        var hasId = trailer.Identifier is { Count: 2 } && trailer.Identifier.All(i => !string.IsNullOrEmpty(i.Data));
        var encrypted = trailer.EncryptionToken is not null;
        foreach (var (standard, clause) in Standards(a2, x4, Clauses.A2Trailer, Clauses.X4FileIdentity))
        {
            if (!hasId)
            {
                yield return new ClauseFailure(clause, $"the trailer has no /ID array of two strings ({standard})");
            }

            if (encrypted)
            {
                yield return new ClauseFailure(clause, $"the trailer has /Encrypt ({standard})");
            }
        }

        foreach (var (reference, value) in pdf.Objects())
        {
            if (value is not StreamToken stream)
            {
                continue;
            }

            var dictionary = stream.StreamDictionary;
            var filters = pdf.Array(dictionary, "Filter").OfType<NameToken>().Select(n => n.Data).ToArray();
            if (filters.Contains("LZWDecode"))
            {
                foreach (var (_, clause) in Standards(a2, x4, Clauses.A2Filters, Clauses.X4Filters))
                {
                    yield return new ClauseFailure(clause, $"object {reference.ObjectNumber} is LZW-compressed");
                }
            }

            if (!a2)
            {
                continue;
            }

            if (dictionary.Data.Keys.FirstOrDefault(k => k is "F" or "FFilter" or "FDecodeParms") is { } external)
            {
                yield return new ClauseFailure(Clauses.A2Streams, $"object {reference.ObjectNumber}'s stream dictionary has /{external}");
            }

            if (StreamLayoutProblem(pdf, reference.ObjectNumber, reference.Generation, pdf.Number(dictionary, "Length")) is { } problem)
            {
                yield return new ClauseFailure(Clauses.A2Streams, $"object {reference.ObjectNumber}: {problem}");
            }
        }
    }

    private static IEnumerable<(string Standard, string Clause)> Standards(bool a2, bool x4, string a2Clause, string x4Clause)
    {
        if (a2)
        {
            yield return ("PDF/A-2", a2Clause);
        }

        if (x4)
        {
            yield return ("PDF/X-4", x4Clause);
        }
    }

    /// <summary>ISO 19005-2 6.1.7.1: "stream" then CRLF or LF, exactly /Length bytes, an EOL, then "endstream".</summary>
    private static string? StreamLayoutProblem(PdfFile pdf, long number, int generation, double? length)
    {
        var raw = pdf.Raw;
        var offset = (int)pdf.Offset(number, generation);
        if (offset < 0 || !raw.AsSpan(offset).StartsWith($"{number} {generation} obj", StringComparison.Ordinal))
        {
            return $"the cross-reference offset {offset} does not point at '{number} {generation} obj'";
        }

        var end = raw.IndexOf("endobj", offset, StringComparison.Ordinal);
        var keyword = raw.IndexOf(">>", offset, StringComparison.Ordinal) is var close and >= 0 ? StreamKeyword().Match(raw, close) : Match.Empty;
        if (!keyword.Success || (end >= 0 && keyword.Index > end))
        {
            return "its 'stream' keyword was not found";
        }

        var data = keyword.Index + keyword.Length;
        if (raw[data] == '\r' && (data + 1 >= raw.Length || raw[data + 1] != '\n'))
        {
            return "'stream' is followed by a lone CR (CRLF or LF required)";
        }

        data += raw[data] == '\r' ? 2 : 1;
        if (length is not { } declared)
        {
            return "the stream has no /Length";
        }

        var after = data + (int)declared;
        if (after > raw.Length)
        {
            return $"/Length {declared} runs past the end of the file";
        }

        var eol = after < raw.Length && raw[after] == '\r' ? (after + 1 < raw.Length && raw[after + 1] == '\n' ? 2 : 1) : after < raw.Length && raw[after] == '\n' ? 1 : 0;
        if (eol == 0 || string.CompareOrdinal(raw, after + eol, "endstream", 0, 9) != 0)
        {
            return $"/Length {declared} does not end at an EOL followed by 'endstream'";
        }

        return null;
    }

    private static int StartXref(string raw)
    {
        var match = StartXrefPattern().Match(raw, Math.Max(0, raw.Length - 1024));
        return match.Success && int.TryParse(match.Groups[1].Value, out var offset) && offset < raw.Length ? offset : 0;
    }

    [GeneratedRegex(@"\A%PDF-1\.[0-7](\r\n|\r|\n)%[\x80-\xFF]{4}")]
    private static partial Regex HeaderPattern();

    [GeneratedRegex(@"\Axref(\r\n|\n|\r)[0-9]+ [0-9]+(\r\n|\n|\r| \r| \n)")]
    private static partial Regex XrefPattern();

    [GeneratedRegex(@"startxref\s+([0-9]+)\s+%%EOF\s*\z")]
    private static partial Regex StartXrefPattern();

    [GeneratedRegex(@"\s*stream(?=\r|\n)")]
    private static partial Regex StreamKeyword();
}
