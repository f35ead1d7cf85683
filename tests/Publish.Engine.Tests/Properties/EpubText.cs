using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Publish.Engine.Tests.Properties;

/// <summary>
/// The reading text of an EPUB, taken apart by structure. Every XHTML document in the package is parsed with
/// <see cref="XmlReader"/> (DTDs ignored, no resolver), which throws on any document that is not well-formed.
/// The body is the text of the spine documents whose <c>body</c> has <c>epub:type</c> "bodymatter" (so the
/// generated cover, title page, navigation, about and colophon documents are left out by their own marking),
/// without the note references (<c>epub:type="noteref"</c>, collected as markers) and without the footnotes
/// (<c>aside epub:type="footnote"</c>, collected as notes, their back-link number taken as the note's number).
/// </summary>
internal sealed class EpubText
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";
    private static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";

    /// <summary>Elements after whose start and end a reader sees a word boundary.</summary>
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "section", "aside", "div", "figure",
        "figcaption", "pre", "br", "hr", "table", "tr", "td", "th", "dd", "dt", "dl", "nav", "header", "footer",
    };

    private readonly StringBuilder _body = new();

    /// <summary>Every XHTML document of the package by its path in the zip, parsed.</summary>
    public Dictionary<string, XDocument> Documents { get; } = new(StringComparer.Ordinal);

    public List<string> BodyWords => WordList.Of(_body.ToString());

    /// <summary>The number shown by each note reference, in reading order.</summary>
    public List<int> Markers { get; } = [];

    /// <summary>Each footnote's number and words, in reading order.</summary>
    public List<(int Number, List<string> Words)> Notes { get; } = [];

    /// <summary>
    /// Note references whose link does not lead, within their own document, to a footnote showing the same number
    /// (as "document#fragment → what was found"); empty when every marker pops up its note.
    /// </summary>
    public List<string> UnresolvedReferences { get; } = [];

    /// <summary>The document being walked and its note references (number, fragment), checked against its footnotes when it is done.</summary>
    private readonly List<(int Number, string Href)> _documentReferences = [];
    private readonly Dictionary<string, int> _documentFootnotes = new(StringComparer.Ordinal);

    public static EpubText Read(Stream epub)
    {
        var text = new EpubText();
        using var zip = new ZipArchive(epub, ZipArchiveMode.Read);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal)))
        {
            using var stream = entry.Open();
            text.Documents[entry.FullName] = Parse(stream, entry.FullName);
        }

        foreach (var path in Spine(zip))
        {
            var body = text.Documents[path].Root!.Element(Xhtml + "body")!;
            var type = (string?)body.Attribute(Ops + "type") ?? string.Empty;
            if (type.Split(' ').Contains("bodymatter", StringComparer.Ordinal))
            {
                text._documentReferences.Clear();
                text._documentFootnotes.Clear();
                text.Walk(body, text._body);
                foreach (var (number, href) in text._documentReferences)
                {
                    var found = href.StartsWith('#') && text._documentFootnotes.TryGetValue(href[1..], out var shown) ? shown : (int?)null;
                    if (found != number)
                    {
                        text.UnresolvedReferences.Add($"{path}{href} (marker {number}) → {(found is null ? "no footnote" : $"footnote {found}")}");
                    }
                }
            }
        }

        return text;
    }

    /// <summary>Parses one XHTML document strictly as XML: a document that is not well-formed throws <see cref="XmlException"/> naming the entry.</summary>
    public static XDocument Parse(Stream stream, string name)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreWhitespace = false };
        using var reader = XmlReader.Create(stream, settings, name);
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }

    /// <summary>The spine's documents in reading order, as paths in the zip, from the package document named by the container.</summary>
    private static List<string> Spine(ZipArchive zip)
    {
        XDocument container;
        using (var stream = zip.GetEntry("META-INF/container.xml")!.Open())
        {
            container = XDocument.Load(stream);
        }

        var opfPath = (string)container.Descendants().First(e => e.Name.LocalName == "rootfile").Attribute("full-path")!;
        XDocument opf;
        using (var stream = zip.GetEntry(opfPath)!.Open())
        {
            opf = XDocument.Load(stream);
        }

        var folder = opfPath.Contains('/', StringComparison.Ordinal) ? opfPath[..(opfPath.LastIndexOf('/') + 1)] : string.Empty;
        var manifest = opf.Descendants(Opf + "item").ToDictionary(i => (string)i.Attribute("id")!, i => folder + (string)i.Attribute("href")!, StringComparer.Ordinal);
        return [.. opf.Descendants(Opf + "itemref").Select(r => manifest[(string)r.Attribute("idref")!])];
    }

    private void Walk(XElement element, StringBuilder into)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText t:
                    into.Append(t.Value);
                    break;
                case XElement e when IsBacklink(e):
                    // The note's own number, taken by Note; not a word of the note.
                    break;
                case XElement e when HasType(e, "noteref"):
                    var marker = int.Parse(e.Value, NumberStyles.None, CultureInfo.InvariantCulture);
                    Markers.Add(marker);
                    _documentReferences.Add((marker, (string?)e.Attribute("href") ?? string.Empty));
                    break;
                case XElement e when HasType(e, "footnote"):
                    var note = Note(e);
                    Notes.Add(note);
                    if ((string?)e.Attribute("id") is { } id)
                    {
                        _documentFootnotes[id] = note.Number;
                    }

                    break;
                case XElement e when HasType(e, "footnotes"):
                    // Only notes belong here; any other text of the section (a heading) is neither body nor note.
                    Walk(e, new StringBuilder());
                    break;
                case XElement e:
                    var block = Blocks.Contains(e.Name.LocalName);
                    if (block)
                    {
                        into.Append(' ');
                    }

                    Walk(e, into);
                    if (block)
                    {
                        into.Append(' ');
                    }

                    break;
            }
        }
    }

    private (int Number, List<string> Words) Note(XElement aside)
    {
        var backlink = aside.Descendants(Xhtml + "a").First(IsBacklink);
        var text = new StringBuilder();
        Walk(aside, text);
        return (int.Parse(backlink.Value, NumberStyles.None, CultureInfo.InvariantCulture), WordList.Of(text.ToString()));
    }

    private static bool IsBacklink(XElement element) =>
        string.Equals((string?)element.Attribute("role"), "doc-backlink", StringComparison.Ordinal);

    private static bool HasType(XElement element, string type) =>
        ((string?)element.Attribute(Ops + "type") ?? string.Empty).Split(' ').Contains(type, StringComparer.Ordinal);
}
