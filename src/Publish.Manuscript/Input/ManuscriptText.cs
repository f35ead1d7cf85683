namespace Publish.Manuscript.Input;

/// <summary>
/// A manuscript's text after input hygiene: decoded, BOM removed, line ends normalised to LF, control
/// characters and noncharacters replaced, NFC-normalised. <see cref="Path"/> is the path as the user gave it,
/// used in diagnostics; <see cref="FullPath"/> is absolute, used to resolve images.
/// </summary>
public sealed class ManuscriptText
{
    private readonly LineMap _lines;

    public ManuscriptText(string path, string fullPath, string text)
    {
        Path = path;
        FullPath = fullPath;
        Text = text;
        _lines = new LineMap(text);
    }

    public string Path { get; }

    public string FullPath { get; }

    public string Text { get; }

    /// <summary>The folder images may come from: the manuscript's own folder and below.</summary>
    public string Folder => System.IO.Path.GetDirectoryName(FullPath) ?? "/";

    /// <summary>The 1-based line and column of a character offset into <see cref="Text"/>.</summary>
    public Model.SourceSpan SpanAt(int offset)
    {
        var (line, column) = _lines.Locate(offset);
        return new Model.SourceSpan(Path, line, column);
    }
}
