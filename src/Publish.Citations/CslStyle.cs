using System.Xml;
using System.Xml.Linq;

namespace Publish.Citations;

/// <summary>
/// A parsed CSL 1.0.2 style: its class, macros, citation and bibliography layouts, inline locales and the
/// inheritable name options. A dependent style takes everything but its default locale from its independent parent.
/// </summary>
public sealed class CslStyle
{
    private readonly List<CslLocale> inlineLocales = [];

    private CslStyle(CslElement root, string? defaultLocale)
    {
        Root = root;
        DefaultLocale = defaultLocale;
        IsNoteStyle = root["class"] == "note";
        Citation = root.Child("citation");
        Bibliography = root.Child("bibliography");
        foreach (var macro in root.ChildrenNamed("macro"))
        {
            if (macro["name"] is { } name)
            {
                Macros[name] = macro;
            }
        }
    }

    /// <summary>The style's default-locale attribute (null: en-US unless the caller says otherwise).</summary>
    public string? DefaultLocale { get; }

    /// <summary>The style's title (its info's), for the attribution an edition prints; null when it has none.</summary>
    public string? Title => Root.Child("info")?.Child("title")?.Text.Trim() is { Length: > 0 } title ? title : null;

    /// <summary>True for class="note" (footnote styles such as Chicago notes-bibliography).</summary>
    public bool IsNoteStyle { get; }

    internal CslElement Root { get; }

    internal CslElement? Citation { get; }

    internal CslElement? Bibliography { get; }

    internal Dictionary<string, CslElement> Macros { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Parses a style. <paramref name="resolveParent"/> gives the text of an independent parent style named by a
    /// dependent style's <c>independent-parent</c> link (null: not available, the style is then an error).
    /// </summary>
    /// <exception cref="CslException">The text is not a CSL style.</exception>
    public static CslStyle Parse(string xml, Func<string, string?>? resolveParent = null)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(xml);
        }
        catch (XmlException e)
        {
            throw new CslException($"not a well-formed CSL style: {e.Message}", e.LineNumber, e.LinePosition);
        }

        var root = document.Root!;
        if (root.Name.LocalName != "style")
        {
            throw new CslException("not a CSL style: the root element is not <style>", 1, 1);
        }

        var defaultLocale = root.Attribute("default-locale")?.Value;
        var info = root.Elements().FirstOrDefault(e => e.Name.LocalName == "info");
        var parentLink = info?.Elements().FirstOrDefault(e => e.Name.LocalName == "link" && e.Attribute("rel")?.Value == "independent-parent");
        var hasCitation = root.Elements().Any(e => e.Name.LocalName == "citation");
        if (!hasCitation && parentLink is not null)
        {
            var href = parentLink.Attribute("href")?.Value ?? string.Empty;
            var parentText = resolveParent?.Invoke(href) ?? throw new CslException($"dependent style: its independent parent '{href}' is not available", 1, 1);
            var parent = Parse(parentText, null);
            var dependent = new CslStyle(parent.Root, defaultLocale ?? parent.DefaultLocale);
            dependent.inlineLocales.AddRange(parent.inlineLocales);
            return dependent;
        }

        if (!hasCitation)
        {
            throw new CslException("not a CSL style: no <citation> element", 1, 1);
        }

        var style = new CslStyle(CslElement.From(root), defaultLocale);
        foreach (var locale in root.Elements().Where(e => e.Name.LocalName == "locale"))
        {
            style.inlineLocales.Add(CslLocale.Parse(locale));
        }

        return style;
    }

    /// <summary>The locale chain for a language (CSL 1.0.2 §Locale Fallback).</summary>
    internal LocaleChain Locales(string language, LocaleStore store)
    {
        var chain = new List<CslLocale>();
        var bare = language.Split('-')[0];
        chain.AddRange(inlineLocales.Where(l => l.Language == language));
        chain.AddRange(inlineLocales.Where(l => l.Language == bare && bare != language));
        chain.AddRange(inlineLocales.Where(l => l.Language is null));
        chain.AddRange(store.FileChain(language));
        return new LocaleChain(language, chain);
    }
}
