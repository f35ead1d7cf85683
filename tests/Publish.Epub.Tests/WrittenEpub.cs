using System.IO.Compression;
using System.Xml.Linq;

namespace Publish.Epub.Tests;

/// <summary>An EPUB written to a temporary folder, with its entries at hand for assertions.</summary>
internal sealed class WrittenEpub : IDisposable
{
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    public static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";
    public static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";

    private WrittenEpub(string folder, byte[] bytes, IReadOnlyList<Publish.Model.Diagnostics.Diagnostic> diagnostics)
    {
        Folder = folder;
        Bytes = bytes;
        Diagnostics = diagnostics;
        Path = System.IO.Path.Combine(folder, "book.epub");
        File.WriteAllBytes(Path, bytes);
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Entries = zip.Entries.Select(e => e.FullName).ToList();
        Timestamps = zip.Entries.Select(e => e.LastWriteTime).ToList();
        Contents = zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    public string Folder { get; }

    public string Path { get; }

    public byte[] Bytes { get; }

    public IReadOnlyList<Publish.Model.Diagnostics.Diagnostic> Diagnostics { get; }

    public IReadOnlyList<string> Entries { get; }

    public IReadOnlyList<DateTimeOffset> Timestamps { get; }

    public IReadOnlyDictionary<string, byte[]> Contents { get; }

    public static string NewFolder()
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "publish-epub-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static WrittenEpub Of(Publish.Model.Document document, EpubWriterOptions options, Publish.Model.Pages.PrintPageMap pages, string folder)
    {
        using var output = new MemoryStream();
        var diagnostics = new EpubWriter().Write(document, options, pages, output);
        return new WrittenEpub(folder, output.ToArray(), diagnostics);
    }

    public XDocument Xml(string entry) => XDocument.Load(new MemoryStream(Contents[entry]));

    public IEnumerable<string> XhtmlEntries => Entries.Where(e => e.EndsWith(".xhtml", StringComparison.Ordinal));

    public IEnumerable<(string Entry, XDocument Document)> XhtmlDocuments => XhtmlEntries.Select(e => (e, Xml(e)));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
