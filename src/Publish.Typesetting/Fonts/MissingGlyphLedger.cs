using System.Text;
using Publish.Model;
using Publish.Styles;

namespace Publish.Typesetting.Fonts;

/// <summary>
/// One manuscript's missing characters: the warnings already given (each character once) and the texts of the
/// inputs spans name — the manuscript as the reader decoded it and the style file (whose institution lines the
/// footer sets) — where a character's first occurrence is found; no file is read again.
/// Thread-safe: a manuscript's paragraphs are set on several threads.
/// </summary>
internal sealed class MissingGlyphLedger
{
    private readonly Dictionary<string, string> _sources = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>A ledger without a manuscript text: characters are reported where the typesetter says.</summary>
    public MissingGlyphLedger()
    {
    }

    /// <param name="sourcePath">The manuscript file spans name.</param>
    /// <param name="sourceText">Its text as read (null when unknown, e.g. a document built in code).</param>
    public MissingGlyphLedger(string sourcePath, string? sourceText)
    {
        Add(sourcePath, sourceText);
    }

    /// <summary>The ledger of a manuscript laid out in a style: spans name either file.</summary>
    public static MissingGlyphLedger For(Document document, HouseStyle style)
    {
        var ledger = new MissingGlyphLedger(document.SourcePath, document.SourceText);
        ledger.Add(style.SourceFile, style.SourceText);
        return ledger;
    }

    private void Add(string path, string? text)
    {
        if (text is not null && !string.IsNullOrEmpty(path))
        {
            _sources.TryAdd(path, text);
        }
    }

    /// <summary>True the first time the warning <paramref name="message"/> is given for this manuscript.</summary>
    public bool FirstReport(string message)
    {
        lock (_lock)
        {
            return _reported.Add(message);
        }
    }

    /// <summary>
    /// Line and column (UTF-16 units, lines broken at LF, CRLF or CR, a leading BOM not counted — as the
    /// manuscript readers count) of the first <paramref name="character"/> in <paramref name="file"/>, or null when
    /// the ledger has no text for that file or the character is not in it as written.
    /// </summary>
    public SourceSpan? FirstOccurrence(string file, Rune character)
    {
        if (!_sources.TryGetValue(file, out var text))
        {
            return null;
        }

        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var offset = text.IndexOf(character.ToString(), start, StringComparison.Ordinal);
        if (offset < 0)
        {
            return null;
        }

        int line = 1, lineStart = start;
        for (var i = start; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourceSpan(file, line, offset - lineStart + 1);
    }
}
