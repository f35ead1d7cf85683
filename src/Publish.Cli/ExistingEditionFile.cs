using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Publish.Engine;

namespace Publish.Cli;

/// <summary>
/// Whether the file an <c>-o FILE.pdf</c>/<c>-o FILE.epub</c> names holds an edition Publish wrote, which a new build may
/// replace, or something else (a thesis typeset by hand, another tool's e-book), which it may not unless <c>--force</c>
/// says so: a name typed by mistake must not cost a user a file Publish cannot give back. Only the marks the writers
/// always put in are read, a few kilobytes at most; anything that cannot be read or does not carry the mark counts
/// as not Publish's (the side that loses nothing).
/// </summary>
internal static partial class ExistingEditionFile
{
    /// <summary>How far from the end of a PDF its trailer is looked for (ISO 32000-1, 7.5.5: the last lines of the file).</summary>
    private const int TrailerWindow = 2048;

    /// <summary>How much of the Info dictionary's object is read (Publish writes it in a few hundred bytes).</summary>
    private const int InfoWindow = 4096;

    /// <summary>The largest package document read from an EPUB (Publish's is a few kilobytes; a zip entry may claim anything).</summary>
    private const int MaxPackageDocumentBytes = 1 << 20;

    /// <summary>
    /// The opening words of the <c>schema:accessibilitySummary</c> Publish's EPUB writer always writes
    /// (Publish.Epub's AccessibilityProfile). The EPUB carries no generator mark of its own: adding one would change
    /// every EPUB's bytes, so it waits for a change made with the EPUB writer; until then this sentence is the mark.
    /// </summary>
    private const string EpubMark = "Reflowable text in reading order with a table of contents";

    /// <summary>True when <paramref name="path"/> holds an edition of <paramref name="format"/> that Publish wrote.</summary>
    public static bool WrittenByPublish(string path, EditionFormats format)
    {
        try
        {
            return format == EditionFormats.Pdf ? PdfProducedByPublish(path) : EpubMadeByPublish(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException or OverflowException)
        {
            return false;
        }
    }

    /// <summary>
    /// The PDF's Info dictionary (found through the last trailer's <c>/Info</c> and the cross-reference table at
    /// <c>startxref</c>, ISO 32000-1 7.5.4–7.5.5) names <see cref="PublishVersion.Producer"/>'s tool as its /Producer.
    /// </summary>
    private static bool PdfProducedByPublish(string path)
    {
        using var file = File.OpenRead(path);
        var tail = Latin1(file, Math.Max(0, file.Length - TrailerWindow), TrailerWindow);
        if (TrailerInfo().Matches(tail) is not { Count: > 0 } infos || StartXref().Matches(tail) is not { Count: > 0 } starts)
        {
            return false;
        }

        var info = int.Parse(infos[^1].Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        var xref = long.Parse(starts[^1].Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        if (xref <= 0 || xref >= file.Length)
        {
            return false;
        }

        // A classic table, one subsection from object 0 (as Publish's writer makes it): entry N is 20 bytes at N × 20.
        var header = Latin1(file, xref, 64);
        if (XrefHeader().Match(header) is not { Success: true } table || info >= int.Parse(table.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture))
        {
            return false;
        }

        var entry = Latin1(file, xref + table.Length + (20L * info), 20);
        if (XrefEntry().Match(entry) is not { Success: true } used)
        {
            return false;
        }

        var offset = long.Parse(used.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        var producerName = PublishVersion.Producer.Split(' ')[0];
        var dictionary = offset < file.Length ? Latin1(file, offset, InfoWindow) : string.Empty;
        return dictionary.StartsWith(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{info} 0 obj"), StringComparison.Ordinal)
            && dictionary.Contains($"/Producer ({producerName} ", StringComparison.Ordinal);
    }

    /// <summary>The EPUB's package document (named by META-INF/container.xml) carries <see cref="EpubMark"/>.</summary>
    private static bool EpubMadeByPublish(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var container = Text(zip.GetEntry("META-INF/container.xml"));
        if (container is null || RootFile().Match(container) is not { Success: true } root)
        {
            return false;
        }

        var package = Text(zip.GetEntry(root.Groups[1].Value));
        return package is not null && package.Contains("<meta property=\"schema:accessibilitySummary\">" + EpubMark, StringComparison.Ordinal);
    }

    private static string? Text(ZipArchiveEntry? entry)
    {
        if (entry is null || entry.Length > MaxPackageDocumentBytes)
        {
            return null;
        }

        using var stream = entry.Open();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var buffer = new char[MaxPackageDocumentBytes];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        return new string(buffer, 0, read);
    }

    private static string Latin1(FileStream file, long offset, int count)
    {
        var bytes = new byte[count];
        file.Position = offset;
        var read = file.ReadAtLeast(bytes, count, throwOnEndOfStream: false);
        return Encoding.Latin1.GetString(bytes, 0, read);
    }

    [GeneratedRegex(@"/Info\s+(\d{1,9})\s+0\s+R")]
    private static partial Regex TrailerInfo();

    [GeneratedRegex(@"startxref\s+(\d{1,15})")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"\Axref\r?\n0 (\d{1,9})\r?\n")]
    private static partial Regex XrefHeader();

    [GeneratedRegex(@"\A(\d{10}) \d{5} n")]
    private static partial Regex XrefEntry();

    [GeneratedRegex("full-path=\"([^\"]{1,256})\"")]
    private static partial Regex RootFile();
}
