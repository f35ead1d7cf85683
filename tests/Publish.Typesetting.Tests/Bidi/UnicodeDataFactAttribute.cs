namespace Publish.Typesetting.Tests.Bidi;

/// <summary>
/// A fact that reads a conformance file of the Unicode Character Database (Debian package unicode-data, installed
/// under /usr/share/unicode); skipped, naming the file and the package, when it is absent.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UnicodeDataFactAttribute : FactAttribute
{
    public const string Directory = "/usr/share/unicode";

    public UnicodeDataFactAttribute(string file)
    {
        Path = System.IO.Path.Combine(Directory, file);
        if (!File.Exists(Path))
        {
            Skip = $"'{Path}' is not installed (apt-get install unicode-data).";
        }
    }

    public string Path { get; }
}
