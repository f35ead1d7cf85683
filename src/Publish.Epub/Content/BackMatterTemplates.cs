using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Inlines;
using Publish.Model.Pages;

namespace Publish.Epub.Content;

/// <summary>
/// The pages after the text, each a section under a heading the writer makes (a contents entry too): the
/// bibliography, about the author, and the colophon (how to cite, the institution's lines).
/// </summary>
internal sealed class BackMatterTemplates(XhtmlOutput xhtml, BlockWriter blocks, PageBreakWriter breaks, NoteWriter notes, BookIds ids, List<TocEntry> toc, string fileName)
{
    public void Bibliography(string heading, ImmutableArray<BibliographyEntry> entries) =>
        Section("bibliography", "doc-bibliography", heading, () => EntryList(xhtml, blocks, breaks, notes, entries));

    /// <summary>The entries as a list, each with its id (a citation's link target) and its print page markers.</summary>
    public static void EntryList(XhtmlOutput xhtml, BlockWriter blocks, PageBreakWriter breaks, NoteWriter notes, ImmutableArray<BibliographyEntry> entries)
    {
        xhtml.Start("ul");
        xhtml.Attribute("class", "bibliography");
        for (var i = 0; i < entries.Length; i++)
        {
            xhtml.Start("li");
            if (blocks.Inlines.ClaimId(entries[i]) is { } id)
            {
                xhtml.Attribute("id", id);
            }

            blocks.Inlines.WriteAnchored(entries[i].Content, breaks.Cursor(ContentRegion.Bibliography, i));
            xhtml.End();
            notes.AfterTopLevelBlock(blocks);
        }

        xhtml.End();
    }

    public void AboutAuthor(string heading, TextTemplate text, ImmutableArray<ContentUnit> units) =>
        Section(null, null, heading, () => text.Units(units));

    public void Colophon(EditionLabels labels, ImmutableArray<Inline> citation, Institution? institution, string? citationStyle = null) =>
        Section("colophon", "doc-colophon", labels.Colophon, () =>
        {
            if (citation.Length > 0)
            {
                xhtml.Element("h2", labels.Citation);
                xhtml.Start("p");
                xhtml.Attribute("class", "citation");
                blocks.Inlines.WriteAnchored(citation, breaks.Cursor(ContentRegion.Citation, 0));
                xhtml.End();
                notes.AfterTopLevelBlock(blocks);
            }

            if (institution is { Lines.Length: > 0 })
            {
                InstitutionLines(institution);
            }

            if (citationStyle is not null)
            {
                xhtml.Start("p");
                xhtml.Attribute("class", "citation-style");
                xhtml.Text(string.Format(System.Globalization.CultureInfo.InvariantCulture, labels.CitationStyleCredit, citationStyle));
                xhtml.End();
            }
        });

    /// <summary>An article's "To cite this article" in a book: the citation alone under its own heading, the institution's lines being the book's colophon.</summary>
    public void Citation(EditionLabels labels, ImmutableArray<Inline> citation) =>
        Section(null, null, labels.Citation, () =>
        {
            xhtml.Start("p");
            xhtml.Attribute("class", "citation");
            blocks.Inlines.WriteAnchored(citation, breaks.Cursor(ContentRegion.Citation, 0));
            xhtml.End();
            notes.AfterTopLevelBlock(blocks);
        });

    private void InstitutionLines(Institution institution)
    {
        xhtml.Start("div");
        xhtml.Attribute("class", "institution");
        foreach (var line in institution.Lines)
        {
            xhtml.Start("p");
            xhtml.Attribute("class", "institution-" + line.Kind.ToString().ToLowerInvariant());
            if (SafeLink.IsAllowed(line.Url))
            {
                xhtml.Start("a");
                xhtml.Attribute("href", line.Url!.Trim());
                xhtml.Text(line.Text);
                xhtml.End();
            }
            else
            {
                xhtml.Text(line.Text);
            }

            xhtml.End();
        }

        xhtml.End();
    }

    private void Section(string? epubType, string? role, string heading, Action content)
    {
        xhtml.Start("section");
        if (epubType is not null)
        {
            xhtml.EpubType(epubType);
        }

        if (role is not null)
        {
            xhtml.Attribute("role", role);
        }

        var id = ids.NextHeading();
        xhtml.Attribute("aria-labelledby", id);
        xhtml.Element("h1", heading, id: id);
        toc.Add(new TocEntry(heading, fileName + "#" + id, 1));
        content();
        xhtml.End();
    }
}
