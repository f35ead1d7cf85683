namespace Publish.Styles.Yaml;

/// <summary>Internal control flow of <see cref="StyleTreeReader"/>; never leaves the loader.</summary>
internal sealed class StyleSyntaxException(string code, int line, int column, string message) : Exception(message)
{
    public string Code { get; } = code;

    public int Line { get; } = line;

    public int Column { get; } = column;
}
