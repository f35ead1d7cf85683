using System.IO.Compression;
using System.Text;
using UglyToad.PdfPig;

namespace Publish.Package.Tests;

/// <summary>What every edition must be, whoever made it: a PDF a reader opens with the manuscript's words, an EPUB container.</summary>
internal static class EditionChecks
{
    /// <summary>The PDF opens, has pages, and its first page carries <paramref name="word"/>.</summary>
    public static void PdfReads(byte[] pdf, string word)
    {
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages > 0);
        var words = document.GetPage(1).GetWords().Select(w => w.Text).ToList();
        Assert.Contains(words, w => w.Contains(word, StringComparison.Ordinal));
    }

    /// <summary>The EPUB is a zip whose first entry is the uncompressed <c>mimetype</c> (EPUB OCF 3.3 §4.2.2), and has a package document.</summary>
    public static void EpubIsContainer(byte[] epub)
    {
        Assert.Equal("mimetype", Encoding.ASCII.GetString(epub, 30, 8));
        using var zip = new ZipArchive(new MemoryStream(epub), ZipArchiveMode.Read);
        var first = zip.Entries[0];
        Assert.Equal("mimetype", first.FullName);
        Assert.Equal(first.Length, first.CompressedLength);
        using (var reader = new StreamReader(first.Open()))
        {
            Assert.Equal("application/epub+zip", reader.ReadToEnd());
        }

        Assert.Contains(zip.Entries, e => e.FullName.EndsWith(".opf", StringComparison.Ordinal));
    }
}
