using System.Xml;
using Publish.Model.Text;

namespace Publish.Epub.Content;

/// <summary>
/// The XHTML markup every part of a content document writes with: elements in the XHTML namespace,
/// <c>epub:type</c>, and text cleaned of the characters XML cannot carry. One instance per content document.
/// </summary>
internal sealed class XhtmlOutput(XmlWriter xml)
{
    private string _language = "en";

    /// <summary>The document's language, as <see cref="StartDocument"/> declared it.</summary>
    public string DocumentLanguage => _language;

    /// <summary>
    /// The XML declaration, the HTML5 doctype and the open <c>html</c> element in <paramref name="language"/>, with
    /// <c>dir="rtl"</c> for a right-to-left language (HTML §3.2.6.4: the root's direction is every block's default).
    /// </summary>
    public void StartDocument(string language)
    {
        _language = language;
        xml.WriteStartDocument();
        xml.WriteDocType("html", null, null, null);
        Start("html");
        xml.WriteAttributeString("xmlns", "epub", null, XhtmlNames.Ops);
        Attribute("lang", language);
        xml.WriteAttributeString("xml", "lang", null, language);
        if (TextDirection.IsRightToLeftLanguage(language))
        {
            Attribute("dir", "rtl");
        }
    }

    /// <summary>
    /// On the element just started: <c>dir</c> when a block with this text runs the other way from the document
    /// (<see cref="TextDirection.IsRightToLeftParagraph"/>, the rule the print edition follows), e.g. a whole Hebrew
    /// quotation in an English book. Words of the other direction inside a paragraph need nothing: the reading
    /// system's bidi algorithm orders them, as the PDF's does.
    /// </summary>
    public void Direction(string text)
    {
        var rightToLeft = TextDirection.IsRightToLeftParagraph(text, _language);
        if (rightToLeft != TextDirection.IsRightToLeftLanguage(_language))
        {
            Attribute("dir", rightToLeft ? "rtl" : "ltr");
        }
    }

    /// <summary>
    /// On the element just started: the author's language for this element's content (<c>lang</c> for HTML, and
    /// <c>xml:lang</c>, which EPUB 3's XHTML content documents carry beside it, HTML §3.2.6.2), and <c>dir</c> when
    /// that language runs the other way from the document. A tag that is not a well-formed BCP 47 tag is left out:
    /// a reader would pick hyphenation and voice from nonsense.
    /// </summary>
    public void Language(string? tag)
    {
        if (!LanguageTag.IsWellFormed(tag))
        {
            return;
        }

        Attribute("lang", tag!);
        xml.WriteAttributeString("xml", "lang", null, tag);
        var rightToLeft = TextDirection.IsRightToLeftLanguage(tag);
        if (rightToLeft != TextDirection.IsRightToLeftLanguage(_language))
        {
            Attribute("dir", rightToLeft ? "rtl" : "ltr");
        }
    }

    /// <summary>On the element just started: a <c>class</c> of the given names (whitespace inside a name dropped), or nothing when none is left.</summary>
    public void Classes(IEnumerable<string> names)
    {
        var tokens = names.Select(n => new string([.. XmlCharacters.Clean(n).Where(c => !char.IsWhiteSpace(c))]))
            .Where(n => n.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (tokens.Count > 0)
        {
            Attribute("class", string.Join(' ', tokens));
        }
    }

    public void EndDocument() => xml.WriteEndDocument();

    public void Start(string name) => xml.WriteStartElement(name, XhtmlNames.Xhtml);

    public void End() => xml.WriteEndElement();

    public void Attribute(string name, string value) => xml.WriteAttributeString(name, value);

    public void EpubType(string value) => xml.WriteAttributeString("epub", "type", XhtmlNames.Ops, value);

    /// <summary>Text as it is: the caller has cleaned it (<see cref="XmlCharacters.Clean"/>).</summary>
    public void CleanText(string text) => xml.WriteString(text);

    public void Text(string text) => xml.WriteString(XmlCharacters.Clean(text));

    /// <summary>An element holding only text, with an optional id and class.</summary>
    public void Element(string name, string text, string? cssClass = null, string? id = null)
    {
        Start(name);
        if (id is not null)
        {
            Attribute("id", id);
        }

        if (cssClass is not null)
        {
            Attribute("class", cssClass);
        }

        Text(text);
        End();
    }

    /// <summary>A paragraph of the given class, or nothing when there is no text.</summary>
    public void Paragraph(string? text, string cssClass)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            Element("p", text, cssClass);
        }
    }
}
