using System.Globalization;
using System.Text;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Model.Input;

namespace Publish.Manuscript.Input;

/// <summary>
/// Reads a manuscript file into <see cref="ManuscriptText"/>, applying the input hygiene every reader relies
/// on, so that no later stage (and no writer) ever sees invalid text: strict UTF-8 (or a named code page),
/// BOM dropped, CRLF/CR → LF, NUL/C0 controls/noncharacters replaced by a space with a warning.
/// </summary>
public static class ManuscriptLoader
{
    static ManuscriptLoader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// Loads <paramref name="path"/>. <paramref name="encodingName"/> null means UTF-8 (strict); otherwise a
    /// .NET/IANA encoding name such as <c>windows-1254</c>. Returns null after reporting an error.
    /// </summary>
    public static ManuscriptText? Load(string path, string? encodingName, DiagnosticBag diagnostics)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        byte[] bytes;
        try
        {
            // Only a regular file, never more than the limit, never a FIFO that would block (issue 14).
            bytes = InputFile.ReadAllBytes(fullPath, InputDiagnosticLimits.MaxManuscriptBytes, "manuscript");
        }
        catch (InputFileException refused)
        {
            var (code, span) = refused.Problem switch
            {
                InputFileProblem.NotFound => (DiagnosticCodes.InputFileNotFound, SourceSpan.WholeFile(path)),
                InputFileProblem.TooLarge => (DiagnosticCodes.InputTooLarge, SourceSpan.WholeFile(path)),
                InputFileProblem.NotRegular or InputFileProblem.LinkLoop => (DiagnosticCodes.InputNotRegularFile, new SourceSpan(path, 1, 1)),
                _ => (DiagnosticCodes.InputFileUnreadable, new SourceSpan(path, 1, 1)),
            };
            diagnostics.Error(code, span, refused.Problem == InputFileProblem.NotFound ? "manuscript file not found" : $"manuscript cannot be read: {refused.Message}");
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.InputFileUnreadable, new SourceSpan(path, 1, 1), "manuscript cannot be read: input/output error");
            return null;
        }

        return FromBytes(path, fullPath, bytes, encodingName, diagnostics);
    }

    /// <summary>
    /// Applies the same decoding and hygiene to a manuscript's bytes that did not come from a file (the engine's
    /// in-memory builds): <paramref name="path"/> names it in diagnostics, <paramref name="fullPath"/> is where its
    /// images are resolved. Returns null after reporting an error.
    /// </summary>
    public static ManuscriptText? FromBytes(string path, string fullPath, byte[] bytes, string? encodingName, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var decoded = encodingName is null ? DecodeUtf8(path, bytes, diagnostics) : DecodeCodePage(path, bytes, encodingName, diagnostics);
        if (decoded is null)
        {
            return null;
        }

        var text = Clean(path, decoded, diagnostics);
        return new ManuscriptText(path, fullPath, text);
    }

    /// <summary>Applies the same hygiene to text that did not come from a file (tests, stdin).</summary>
    public static ManuscriptText FromString(string path, string text, DiagnosticBag diagnostics)
    {
        var withoutBom = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        return new ManuscriptText(path, System.IO.Path.GetFullPath(path), Clean(path, withoutBom, diagnostics));
    }

    private static string? DecodeUtf8(string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        try
        {
            return strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            var (offset, line, column) = FirstInvalidUtf8(bytes, start);
            diagnostics.Error(
                DiagnosticCodes.InvalidUtf8,
                new SourceSpan(path, line, column),
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"the file is not valid UTF-8: byte 0x{bytes[offset]:X2} at byte offset {offset} (line {line}); if it is in a legacy code page, name it with --encoding (e.g. --encoding windows-1254)"));
            return null;
        }
    }

    private static string? DecodeCodePage(string path, byte[] bytes, string encodingName, DiagnosticBag diagnostics)
    {
        Encoding encoding;
        try
        {
            encoding = Encoding.GetEncoding(encodingName, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            diagnostics.Error(DiagnosticCodes.UnknownEncoding, SourceSpan.WholeFile(path), $"unknown encoding '{encodingName}'");
            return null;
        }

        try
        {
            var text = encoding.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Error(DiagnosticCodes.InvalidUtf8, SourceSpan.WholeFile(path), $"the file cannot be decoded as {encodingName}");
            return null;
        }
    }

    /// <summary>Finds the first byte where a strict UTF-8 decoder stops, with its 1-based line and byte column.</summary>
    private static (int Offset, int Line, int Column) FirstInvalidUtf8(byte[] bytes, int start)
    {
        var line = 1;
        var lineStart = start;
        var i = start;
        while (i < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes.AsSpan(i), out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return (i, line, i - lineStart + 1);
            }

            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }

            i += consumed;
        }

        return (bytes.Length - 1, line, bytes.Length - lineStart);
    }

    private static string Clean(string path, string text, DiagnosticBag diagnostics)
    {
        // Most manuscripts hold nothing to clean (LF line ends, no control characters): their text is kept, not copied.
        var first = NextToClean(text, 0);
        var clean = first < 0 ? text : Rewrite(path, text, first, diagnostics);
        return clean.IsNormalized(NormalizationForm.FormC) ? clean : clean.Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The text with CRLF and CR turned into LF and forbidden characters into spaces, each replacement reported
    /// at its line and column in the cleaned text (up to <see cref="InputDiagnosticLimits.MaxReplacementWarnings"/>,
    /// then once as a count). <paramref name="next"/> is the first character that needs cleaning.
    /// </summary>
    private static string Rewrite(string path, string text, int next, DiagnosticBag diagnostics)
    {
        var clean = new char[text.Length];
        var length = 0;
        var reported = 0;
        var linesCountedTo = 0;
        var line = 1;
        var lineStart = 0;
        var i = 0;
        while (true)
        {
            var plain = (next < 0 ? text.Length : next) - i;
            text.AsSpan(i, plain).CopyTo(clean.AsSpan(length));
            length += plain;
            i += plain;
            if (i == text.Length)
            {
                break;
            }

            var c = text[i];
            if (c == '\r')
            {
                // CRLF and lone CR both end a line; the LF of a CRLF is skipped.
                clean[length++] = '\n';
                i += i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
            }
            else if (IsForbidden(text, i))
            {
                reported++;
                if (reported <= InputDiagnosticLimits.MaxReplacementWarnings)
                {
                    var counted = clean.AsSpan(linesCountedTo, length - linesCountedTo);
                    line += counted.Count('\n');
                    lineStart = counted.LastIndexOf('\n') is var lastLineEnd and >= 0 ? linesCountedTo + lastLineEnd + 1 : lineStart;
                    linesCountedTo = length;
                    diagnostics.Warning(
                        DiagnosticCodes.ControlCharacterReplaced,
                        new SourceSpan(path, line, length - lineStart + 1),
                        string.Create(CultureInfo.InvariantCulture, $"character U+{(int)c:X4} is not text and was replaced by a space"));
                }

                clean[length++] = ' ';
                i++;
            }
            else
            {
                // Half of a surrogate pair: text like any other.
                clean[length++] = c;
                i++;
            }

            next = NextToClean(text, i);
        }

        if (reported > InputDiagnosticLimits.MaxReplacementWarnings)
        {
            diagnostics.Warning(
                DiagnosticCodes.ControlCharacterReplaced,
                SourceSpan.WholeFile(path),
                string.Create(CultureInfo.InvariantCulture, $"{reported - InputDiagnosticLimits.MaxReplacementWarnings} more non-text characters were replaced by spaces"));
        }

        return new string(clean, 0, length);
    }

    /// <summary>
    /// The first index from <paramref name="start"/> of a character cleaning must look at — CR, or one that
    /// <see cref="IsForbidden"/> may refuse (a surrogate is refused only when unpaired) — or -1 when there is none.
    /// </summary>
    private static int NextToClean(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c is (>= ' ' and < '\x7F') or '\t' or '\n')
            {
                continue;
            }

            if (c <= '\x9F' || char.IsSurrogate(c) || c >= '\uFFFE')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>NUL and C0 controls other than tab, DEL, C1 controls, lone surrogates, U+FFFE/U+FFFF.</summary>
    internal static bool IsForbidden(string text, int i)
    {
        var c = text[i];
        if (c == '\t')
        {
            return false;
        }

        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF')
        {
            return true;
        }

        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        }

        return char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
    }
}
