using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Publish.Model.Diagnostics;

namespace Publish.Engine.Tests.Citations;

/// <summary>Builds a manuscript with citations in process and reads its EPUB back: the notes, the bibliography, the citation links.</summary>
internal static partial class CitationEditions
{
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    public static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";

    /// <summary>The folder of the CSL data (../shared/csl as <c>CslData</c> finds it), or null when this clone has none.</summary>
    public static string? Chicago300 { get; } = new[]
    {
        Environment.GetEnvironmentVariable("PUBLISH_CSL_DATA"),
        Path.Combine(Repo.Root, "..", "shared", "csl"),
        "/work/shared/csl",
    }.Where(c => !string.IsNullOrEmpty(c) && File.Exists(Path.Combine(c!, "chicago-300", "doc-en.md"))).Select(c => Path.GetFullPath(Path.Combine(c!, "chicago-300"))).FirstOrDefault();

    public static ManuscriptResult Build(string manuscript, string folder)
    {
        var diagnostics = new DiagnosticBag();
        var style = StyleResolver.Load(Repo.DefaultStyle, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.ToImmutableSorted()));
        var result = Assert.Single(Publisher.Create(style).Build(new BuildRequest([manuscript], folder, BuildDate: Editions.BuildDate)).Manuscripts);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    /// <summary>The EPUB's XHTML documents by entry name.</summary>
    public static Dictionary<string, XDocument> Documents(string epub)
    {
        using var zip = ZipFile.OpenRead(epub);
        var documents = new Dictionary<string, XDocument>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal)).OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            using var stream = entry.Open();
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            documents[entry.FullName] = XDocument.Load(reader);
        }

        return documents;
    }

    /// <summary>The footnotes of the text documents in order, each as its text without the leading "n. " label.</summary>
    public static List<string> Notes(Dictionary<string, XDocument> documents) =>
        [.. documents.Where(d => d.Key.Contains("text-", StringComparison.Ordinal)).SelectMany(d => d.Value.Descendants(Xhtml + "aside"))
            .Where(a => (string?)a.Attribute(Ops + "type") == "footnote")
            .Select(a => Label().Replace(a.Value, string.Empty, 1))];

    /// <summary>The bibliography's entries (the li of its list, in bibliography.xhtml or where a {#refs} div placed it).</summary>
    public static List<XElement> Entries(Dictionary<string, XDocument> documents) =>
        [.. documents.Values.SelectMany(d => d.Descendants(Xhtml + "ul")).Where(ul => (string?)ul.Attribute("class") == "bibliography").SelectMany(ul => ul.Elements(Xhtml + "li"))];

    /// <summary>Text compared without its white space (line breaks, no-break spaces, soft hyphens).</summary>
    public static string Normalized(string text) => WhiteSpace().Replace(text, string.Empty).Replace("\u00AD", string.Empty, StringComparison.Ordinal);

    [GeneratedRegex(@"^\s*\d+\.\s*")]
    private static partial Regex Label();

    [GeneratedRegex(@"[\s\u00A0\u202F]+")]
    private static partial Regex WhiteSpace();
}
