using Publish.Epub.Styling;
using Publish.Model.Text;

namespace Publish.Epub.Content;

/// <summary>
/// Text of a display line (the title page's title, subtitle and authors; a heading): its runs of capitals in a
/// <c>span.caps</c> the stylesheet letterspaces, as the print edition sets them (issue 18 point 1), the rest as it is.
/// </summary>
internal static class DisplayTextWriter
{
    public static void Write(XhtmlOutput xhtml, StylesheetNeeds needs, string text)
    {
        var start = 0;
        foreach (var (from, length) in CapitalRuns.In(text))
        {
            needs.Use(StyleFeature.LetterSpacedCapitals);
            xhtml.Text(text[start..from]);
            xhtml.Start("span");
            xhtml.Attribute("class", "caps");
            xhtml.Text(text.Substring(from, length));
            xhtml.End();
            start = from + length;
        }

        xhtml.Text(text[start..]);
    }

    /// <summary>A title page's or an article opening's title (<c>h1.title</c>, always written) and its subtitle when it has one.</summary>
    public static void Title(XhtmlOutput xhtml, StylesheetNeeds needs, string title, string? subtitle)
    {
        xhtml.Start("h1");
        xhtml.Attribute("class", "title");
        Write(xhtml, needs, title);
        xhtml.End();
        Element(xhtml, needs, "p", subtitle, "subtitle");
    }

    /// <summary>An element of the given class holding display text, or nothing when there is no text.</summary>
    public static void Element(XhtmlOutput xhtml, StylesheetNeeds needs, string name, string? text, string cssClass)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        xhtml.Start(name);
        xhtml.Attribute("class", cssClass);
        Write(xhtml, needs, text);
        xhtml.End();
    }
}
