using Publish.Model.Pages;

namespace Publish.Epub.Content;

/// <summary>
/// Writes the print edition's page markers into one content document: before a block, or inside a paragraph's
/// text at the offset the page map gives. Markers are empty spans, never inside headings (DESIGN.md), and each
/// one written is recorded for the page-list.
/// </summary>
internal sealed class PageBreakWriter(XhtmlOutput xhtml, PageBreakIndex pages, string fileName)
{
    /// <summary>The breaks of the top-level block at <paramref name="index"/> of <paramref name="region"/>, to walk while it is written.</summary>
    public BreakCursor Cursor(ContentRegion region, int index) => new(pages.For(region, index));

    /// <summary>Moves <paramref name="cursor"/> (if any) past characters written without breaks inside them.</summary>
    public static void Advance(BreakCursor? cursor, int characters)
    {
        if (cursor is not null)
        {
            cursor.Position += characters;
        }
    }

    /// <summary>Writes <paramref name="text"/>, with the markers of the breaks that fall inside it.</summary>
    public void Text(string text, BreakCursor? cursor)
    {
        text = XmlCharacters.Clean(text);
        var start = 0;
        while (cursor?.NextAtOrBefore(cursor.Position + (text.Length - start)) is { } pageBreak)
        {
            var cut = Math.Max(0, pageBreak.Offset - cursor.Position);
            xhtml.CleanText(text.Substring(start, cut));
            start += cut;
            cursor.Position += cut;
            Write(pageBreak);
            cursor.Advance();
        }

        xhtml.CleanText(text[start..]);
        if (cursor is not null)
        {
            cursor.Position += text.Length - start;
        }
    }

    /// <summary>The markers of the breaks at or before the cursor's position plus <paramref name="extra"/>.</summary>
    public void UpTo(BreakCursor? cursor, int extra)
    {
        while (cursor?.NextAtOrBefore(cursor.Position + extra) is { } pageBreak)
        {
            Write(pageBreak);
            cursor.Advance();
        }
    }

    public void WriteAll(IEnumerable<PageBreak> breaks)
    {
        foreach (var pageBreak in breaks)
        {
            Write(pageBreak);
        }
    }

    private void Write(PageBreak pageBreak)
    {
        xhtml.Start("span");
        xhtml.EpubType("pagebreak");
        xhtml.Attribute("role", "doc-pagebreak");
        xhtml.Attribute("id", pageBreak.Id);
        xhtml.Attribute("aria-label", pageBreak.Label);
        xhtml.End();
        pages.MarkWritten(pageBreak, fileName);
    }
}
