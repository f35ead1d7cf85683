using System.Xml.Linq;

namespace Publish.Citations;

/// <summary>
/// One element of a CSL style or locale, kept as read: its local name, attributes and children. The renderer
/// interprets elements directly (CSL 1.0.2 §Rendering Elements), so a style needs no second model.
/// </summary>
internal sealed class CslElement
{
    private static readonly Dictionary<string, string> NoAttributes = new(StringComparer.Ordinal);

    public CslElement(string name, Dictionary<string, string> attributes, IReadOnlyList<CslElement> children, string text)
    {
        Name = name;
        Attributes = attributes.Count == 0 ? NoAttributes : attributes;
        Children = children;
        Text = text;
    }

    /// <summary>The element's local name (namespace dropped).</summary>
    public string Name { get; }

    /// <summary>Attributes by local name.</summary>
    public Dictionary<string, string> Attributes { get; }

    /// <summary>Child elements in document order.</summary>
    public IReadOnlyList<CslElement> Children { get; }

    /// <summary>Text content of a leaf element (a term's text, a macro-less element's value).</summary>
    public string Text { get; }

    public string? this[string attribute] => Attributes.TryGetValue(attribute, out var value) ? value : null;

    public CslElement? Child(string name)
    {
        foreach (var child in Children)
        {
            if (child.Name == name)
            {
                return child;
            }
        }

        return null;
    }

    public IEnumerable<CslElement> ChildrenNamed(string name) => Children.Where(c => c.Name == name);

    public static CslElement From(XElement element)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var attribute in element.Attributes())
        {
            if (!attribute.IsNamespaceDeclaration)
            {
                attributes[attribute.Name.LocalName] = attribute.Value;
            }
        }

        var children = element.Elements().Select(From).ToList();
        var text = children.Count == 0 ? element.Value : string.Empty;
        return new CslElement(element.Name.LocalName, attributes, children, text);
    }
}
