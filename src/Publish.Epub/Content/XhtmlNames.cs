namespace Publish.Epub.Content;

/// <summary>Namespaces and the stylesheet path shared by the XHTML documents.</summary>
internal static class XhtmlNames
{
    public const string Xhtml = "http://www.w3.org/1999/xhtml";
    public const string Ops = "http://www.idpf.org/2007/ops";
    public const string Stylesheet = "css/book.css";
}
