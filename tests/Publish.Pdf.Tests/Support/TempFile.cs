namespace Publish.Pdf.Tests.Support;

/// <summary>A file in a fresh temporary folder, deleted with the folder on dispose.</summary>
internal sealed class TempFile : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("publish-pdf-tests-").FullName;

    public TempFile(string name)
    {
        Path = System.IO.Path.Combine(folder, name);
    }

    public string Path { get; }

    public static TempFile With(string name, byte[] bytes)
    {
        var file = new TempFile(name);
        File.WriteAllBytes(file.Path, bytes);
        return file;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
