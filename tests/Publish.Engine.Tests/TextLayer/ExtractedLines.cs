using System.Text;

namespace Publish.Engine.Tests.TextLayer;

/// <summary>
/// An extractor's lines in its own order, split into tokens at whitespace (Unicode White_Space: a no-break space
/// separates words on paper as on screen) and sorted into the running text, the notes and the captions; artifacts are dropped.
/// A token ends a line when no other token of its region follows it on that line.
/// </summary>
internal sealed class ExtractedLines
{
    private readonly List<List<LineToken>> _lines = [];
    private readonly StringBuilder _token = new();
    private readonly List<string> _rawLines = [];
    private readonly StringBuilder _rawLine = new();
    private TextRegion _tokenRegion;

    public ExtractedLines()
    {
        _lines.Add([]);
    }

    /// <summary>Adds the characters of one glyph or one stretch of text in <paramref name="region"/>.</summary>
    public void Add(string text, TextRegion region)
    {
        _rawLine.Append(text);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                EndToken();
                continue;
            }

            if (_token.Length > 0 && region != _tokenRegion)
            {
                EndToken();
            }

            _tokenRegion = region;
            _token.Append(c);
        }
    }

    public void EndToken()
    {
        if (_token.Length > 0)
        {
            _lines[^1].Add(new LineToken(_token.ToString(), _tokenRegion));
            _token.Clear();
        }
    }

    public void EndLine()
    {
        EndToken();
        if (_rawLine.ToString().TrimEnd() is { Length: > 0 } raw)
        {
            _rawLines.Add(raw);
        }

        _rawLine.Clear();
        if (_lines[^1].Count > 0)
        {
            _lines.Add([]);
        }
    }

    public ExtractedText Text(string extractor)
    {
        EndLine();
        return new ExtractedText(extractor, Words(TextRegion.Flow), Words(TextRegion.Note), Words(TextRegion.Caption), _rawLines);
    }

    private List<ExtractedWord> Words(TextRegion region)
    {
        var words = new List<ExtractedWord>();
        foreach (var line in _lines)
        {
            var tokens = line.Where(t => t.Region == region).ToList();
            for (var i = 0; i < tokens.Count; i++)
            {
                words.Add(new ExtractedWord(tokens[i].Text, i == tokens.Count - 1));
            }
        }

        return words;
    }
}
