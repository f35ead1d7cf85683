using Publish.Epub.Styling;
using Publish.Model;
using Publish.Model.Blocks;

namespace Publish.Epub.Content;

/// <summary>
/// A fenced div by its first class the EPUB knows: a callout (note, warning, tip, important, caution) is an
/// <c>aside role="note"</c> (ARIA 1.2 §5.4 <c>note</c>: parenthetic content; without the role an <c>aside</c> is a
/// complementary landmark, which axe wants at the top level), named by its first heading or else by the class in
/// the book's language; an epigraph is a <c>blockquote</c> with <c>epub:type="epigraph"</c> and its matching
/// <c>doc-epigraph</c> role (Ace's epub-type-has-matching-role); an abstract a <c>doc-abstract</c> section. Any other
/// div is a <c>div</c> with the author's classes, which a style's CSS overrides may style. Its id and language
/// (<c>lang</c>, <c>xml:lang</c>) go on the element in every case.
/// </summary>
internal sealed class DivWriter(XhtmlOutput xhtml, BlockWriter blocks, EditionLabels labels, StylesheetNeeds needs)
{
    public void Write(DivBlock div)
    {
        var classes = div.Classes.IsDefault ? [] : div.Classes;
        var kind = classes.Select(c => c.ToLowerInvariant()).FirstOrDefault(c => CalloutLabels.IsCallout(c) || c is "epigraph" or "abstract");
        switch (kind)
        {
            case "epigraph":
                needs.Use(StyleFeature.Epigraphs);
                xhtml.Start("blockquote");
                xhtml.EpubType("epigraph");
                xhtml.Attribute("role", "doc-epigraph");
                break;
            case "abstract":
                xhtml.Start("section");
                xhtml.EpubType("abstract");
                xhtml.Attribute("role", "doc-abstract");
                Name(div, labels.Abstract);
                break;
            case not null:
                needs.Use(StyleFeature.Callouts);
                xhtml.Start("aside");
                xhtml.Attribute("role", "note");
                Name(div, CalloutLabels.Of(kind, div.Language ?? xhtml.DocumentLanguage));
                break;
            default:
                xhtml.Start("div");
                break;
        }

        if (blocks.AuthorId(div) is { } id)
        {
            xhtml.Attribute("id", id);
        }

        xhtml.Classes(kind is not null and not "epigraph" and not "abstract" ? classes.Prepend("callout") : classes);
        xhtml.Language(div.Language);
        blocks.WriteChildren(div.Children);
        xhtml.End();
    }

    /// <summary>A labelled region's name: its own first heading when it starts with one, else <paramref name="fallback"/>.</summary>
    private void Name(DivBlock div, string fallback)
    {
        if (div.Children.FirstOrDefault() is HeadingBlock heading && HeadingLabel.Of(heading) is not null)
        {
            xhtml.Attribute("aria-labelledby", blocks.PeekHeadingId(heading));
        }
        else
        {
            xhtml.Attribute("aria-label", fallback);
        }
    }
}
