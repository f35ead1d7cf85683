namespace Publish.Pdf.Tests.Support;

/// <summary>A fact that needs a file outside the repository; skipped, naming the file, when it is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FileFactAttribute : FactAttribute
{
    public FileFactAttribute(string path)
    {
        Path = path;
        if (!File.Exists(path))
        {
            Skip = $"'{path}' is not installed.";
        }
    }

    public string Path { get; }
}
