using System.Text;
using Publish.Model;
using Publish.Model.Input;

namespace Publish.Typesetting.Fonts;

/// <summary>
/// What <see cref="MissingGlyphReporter"/> has reported for one manuscript, and the source files it searched
/// (each read at most once). Thread-safe: a manuscript's layout may call from several threads.
/// </summary>
internal sealed class MissingGlyphLedger
{
    /// <summary>Manuscripts are far smaller; a larger file is not searched (the paragraph's span is used).</summary>
    private const long MaxSearchedBytes = 64L * 1024 * 1024;

    private readonly HashSet<int> _reported = [];
    private readonly Dictionary<string, string?> _sources = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>True the first time <paramref name="codePoint"/> is seen.</summary>
    public bool FirstReport(int codePoint)
    {
        lock (_lock)
        {
            return _reported.Add(codePoint);
        }
    }

    /// <summary>
    /// Line and column (UTF-16 units, lines broken at LF, CRLF or CR, a leading BOM not counted — as the
    /// manuscript readers count) of the first <paramref name="character"/> in <paramref name="file"/>, or null.
    /// </summary>
    public SourceSpan? FirstOccurrence(string file, Rune character)
    {
        var text = Source(file);
        var offset = text?.IndexOf(character.ToString(), StringComparison.Ordinal) ?? -1;
        if (text is null || offset < 0)
        {
            return null;
        }

        int line = 1, lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourceSpan(file, line, offset - lineStart + 1);
    }

    private string? Source(string file)
    {
        if (string.IsNullOrEmpty(file))
        {
            return null;
        }

        lock (_lock)
        {
            if (!_sources.TryGetValue(file, out var text))
            {
                text = Read(file);
                _sources.Add(file, text);
            }

            return text;
        }
    }

    private static string? Read(string file)
    {
        try
        {
            // Through InputFile: a manuscript swapped for a FIFO since it was read must not block this search.
            // Bytes that are not UTF-8 (a manuscript read with --encoding) decode to U+FFFD and are simply not found.
            var text = Encoding.UTF8.GetString(InputFile.ReadAllBytes(file, MaxSearchedBytes, "manuscript"));
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
