using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace Publish.Engine.Tests.Corpora;

/// <summary>
/// The text an EPUB shows, read from its XHTML content documents in spine-file order (the package's generated pages —
/// navigation, cover, title page, colophon — left out, since they repeat metadata rather than the manuscript):
/// all body text, the body text outside <c>code</c>/<c>pre</c>/<c>kbd</c>/<c>samp</c>, and element counts by name. An
/// ordered list's item numbers count as text (<c>1. </c>), as a reader sees them and Pandoc's plain text writes them.
/// </summary>
internal sealed class EpubText
{
    private static readonly HashSet<string> Generated = new(StringComparer.Ordinal) { "nav.xhtml", "cover.xhtml", "title.xhtml", "colophon.xhtml" };
    private static readonly HashSet<string> Code = new(StringComparer.Ordinal) { "code", "pre", "kbd", "samp" };

    private EpubText(string all, string outsideCode, Dictionary<string, int> elements)
    {
        All = all;
        OutsideCode = outsideCode;
        Elements = elements;
    }

    public string All { get; }

    public string OutsideCode { get; }

    public IReadOnlyDictionary<string, int> Elements { get; }

    public int Count(string element) => Elements.GetValueOrDefault(element);

    public static EpubText Read(string epubPath)
    {
        var all = new StringBuilder();
        var outside = new StringBuilder();
        var elements = new Dictionary<string, int>(StringComparer.Ordinal);
        using var zip = ZipFile.OpenRead(epubPath);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal) && !Generated.Contains(e.Name)).OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            using var stream = entry.Open();
            // A space between two inline elements ("<code>x</code> <a>…</a>") is a text node of white space alone, which
            // XDocument drops unless told to keep it: the two words would run together.
            var body = XDocument.Load(stream, LoadOptions.PreserveWhitespace).Root!.Elements().FirstOrDefault(e => e.Name.LocalName == "body");
            if (body is not null)
            {
                Walk(body, insideCode: false, all, outside, elements);
                all.Append('\n');
                outside.Append('\n');
            }
        }

        return new EpubText(all.ToString(), outside.ToString(), elements);
    }

    /// <summary>The number a browser gives an <c>ol</c>'s item: its <c>value</c>, else the list's <c>start</c> (1) counted on.</summary>
    private static int ItemNumber(XElement item)
    {
        var number = int.TryParse(item.Parent!.Attribute("start")?.Value, out var start) ? start - 1 : 0;
        foreach (var sibling in item.Parent.Elements().Where(e => e.Name.LocalName == "li"))
        {
            number = int.TryParse(sibling.Attribute("value")?.Value, out var value) ? value : number + 1;
            if (sibling == item)
            {
                break;
            }
        }

        return number;
    }

    private static void Walk(XElement element, bool insideCode, StringBuilder all, StringBuilder outside, Dictionary<string, int> elements)
    {
        var name = element.Name.LocalName;
        elements[name] = elements.GetValueOrDefault(name) + 1;
        insideCode |= Code.Contains(name);
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText text:
                    all.Append(text.Value);
                    if (!insideCode)
                    {
                        outside.Append(text.Value);
                    }

                    break;
                case XElement child:
                    if (child.Name.LocalName == "li" && name == "ol")
                    {
                        // A reader sees each item's number, drawn from the list's start; plain text writes it.
                        var label = ItemNumber(child).ToString(System.Globalization.CultureInfo.InvariantCulture) + ". ";
                        all.Append(label);
                        if (!insideCode)
                        {
                            outside.Append(label);
                        }
                    }

                    Walk(child, insideCode, all, outside, elements);

                    // Block boundaries and line breaks separate words that the markup, not a space, keeps apart.
                    if (!InlineElements.Contains(child.Name.LocalName))
                    {
                        all.Append(' ');
                        if (!insideCode)
                        {
                            outside.Append(' ');
                        }
                    }

                    break;
            }
        }
    }
}
