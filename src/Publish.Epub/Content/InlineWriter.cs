using System.Collections.Immutable;
using System.Globalization;
using Publish.Epub.Styling;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;

namespace Publish.Epub.Content;

/// <summary>
/// Writes inlines as XHTML phrasing content. A cursor, when given, places the print page markers inside the text;
/// a link to anything but http, https or mailto keeps its text and loses its link. Note markers are the
/// <see cref="NoteWriter"/>'s. Formats are HTML's own elements (<c>del</c>, <c>sub</c>, <c>sup</c>) or a class the
/// stylesheet knows (small caps, math); a cross-reference is a link to its target's file and id (<see cref="AnchorMap"/>),
/// and in a book a link to another article is a link to that article's file (<see cref="Books.ArticleHrefs"/>).
/// </summary>
internal sealed class InlineWriter(
    XhtmlOutput xhtml,
    PageBreakWriter breaks,
    NoteWriter notes,
    AnchorMap anchors,
    EditionLabels labels,
    StylesheetNeeds needs,
    string fileName,
    DiagnosticBag diagnostics,
    Books.ArticleHrefs? articleLinks = null)
{
    /// <summary>Inside a link: HTML forbids a link in a link (§4.5.1, no interactive content), so an inner one keeps only its text.</summary>
    private bool _inLink;

    /// <summary>Writing a display line (a heading): runs of capitals are letterspaced, as the print edition sets them.</summary>
    private bool _display;

    /// <summary>A heading's inlines: as <see cref="Write"/>, with its text's runs of capitals letterspaced (<see cref="DisplayTextWriter"/>).</summary>
    public void WriteDisplay(ImmutableArray<Inline> inlines)
    {
        _display = true;
        try
        {
            Write(inlines, null);
        }
        finally
        {
            _display = false;
        }
    }

    public void Write(ImmutableArray<Inline> inlines, BreakCursor? cursor)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline text when _display && cursor is null:
                    DisplayTextWriter.Write(xhtml, needs, text.Text);
                    break;
                case TextInline text:
                    breaks.Text(text.Text, cursor);
                    break;
                case EmphasisInline emphasis:
                    Wrapped("em", emphasis.Children, cursor);
                    break;
                case StrongInline strong:
                    Wrapped("strong", strong.Children, cursor);
                    break;
                case LinkInline link when _inLink:
                    Write(link.Children, cursor);
                    break;
                case LinkInline link when SafeLink.IsAllowed(link.Target):
                    Link(link.Target.Trim(), null, link.Children, cursor);
                    break;
                case LinkInline link:
                    diagnostics.Warning(EpubDiagnosticCodes.UnsafeLinkDropped, link.Span, "A link target that is not http, https or mailto was dropped; its text is kept.");
                    Write(link.Children, cursor);
                    break;
                case CodeInline code:
                    breaks.UpTo(cursor, 0);
                    xhtml.Element("code", code.Code);
                    PageBreakWriter.Advance(cursor, code.Code.Length);
                    break;
                case LineBreakInline:
                    breaks.UpTo(cursor, 0);
                    xhtml.Start("br");
                    xhtml.End();
                    PageBreakWriter.Advance(cursor, 1);
                    break;
                case NoteReferenceInline reference:
                    breaks.UpTo(cursor, 0);
                    notes.WriteMarker(reference.Note);
                    PageBreakWriter.Advance(cursor, reference.Note.Number.ToString(CultureInfo.InvariantCulture).Length);
                    break;
                case FormattedInline formatted:
                    WriteFormatted(formatted, cursor);
                    break;
                case SpanInline span:
                    WriteSpan(span, cursor);
                    break;
                case ManuscriptLinkInline link when !_inLink && articleLinks?.HrefOf(link, fileName) is { } href:
                    Link(href, "xref", link.Children, cursor);
                    break;
                case ManuscriptLinkInline link:
                    // Alone, or a link the book could not resolve (it warned): the author's text, unlinked.
                    Write(link.Children, cursor);
                    break;
                case MathInline math:
                    // No math layout: the TeX as typed, in italics, which is how the print edition sets it too.
                    needs.Use(StyleFeature.Math);
                    xhtml.Start("span");
                    xhtml.Attribute("class", "math");
                    breaks.Text(math.Tex, cursor);
                    xhtml.End();
                    break;
                case CrossReferenceInline reference:
                    WriteCrossReference(reference, cursor);
                    break;
                case CitationInline citation when !_inLink && citation.TargetId is { } target && anchors.HrefOf(target, fileName) is { } entry:
                    // link-citations: the citation leads to its bibliography entry.
                    Link(entry, "citation", citation.Children, cursor);
                    break;
                case CitationInline citation:
                    Write(citation.Children, cursor);
                    break;
                default:
                    throw new InvalidOperationException($"Unknown inline kind {inline.GetType().Name}.");
            }
        }
    }

    /// <summary>The id to write on a bibliography entry's element (see <see cref="AnchorMap.Claim"/>), or null.</summary>
    public string? ClaimId(BibliographyEntry entry) => anchors.Claim(entry);

    /// <summary>Inlines of a block that takes page breaks; a break past the text's end (a stale offset) still gets its marker, at the end.</summary>
    public void WriteAnchored(ImmutableArray<Inline> inlines, BreakCursor cursor)
    {
        Write(inlines, cursor);
        breaks.WriteAll(cursor.Remaining());
    }

    private void WriteFormatted(FormattedInline formatted, BreakCursor? cursor)
    {
        switch (formatted.Format)
        {
            case InlineFormat.Strikethrough:
                Wrapped("del", formatted.Children, cursor);
                break;
            case InlineFormat.Subscript:
                Wrapped("sub", formatted.Children, cursor);
                break;
            case InlineFormat.Superscript:
                Wrapped("sup", formatted.Children, cursor);
                break;
            case InlineFormat.SmallCaps:
                // Not <small> nor upper-cased text: the letters stay as written (search, screen readers), CSS draws them.
                needs.Use(StyleFeature.SmallCaps);
                xhtml.Start("span");
                xhtml.Attribute("class", "smallcaps");
                Write(formatted.Children, cursor);
                xhtml.End();
                break;
            default:
                throw new InvalidOperationException($"Unknown inline format {formatted.Format}.");
        }
    }

    /// <summary>A span carries what the author gave it (id, language, classes); one with none of them is only its text.</summary>
    private void WriteSpan(SpanInline span, BreakCursor? cursor)
    {
        var id = notes.IsWritingNote ? null : anchors.Claim(span);
        var language = LanguageTag.IsWellFormed(span.Language) ? span.Language : null;
        if (id is null && language is null && span.Classes.IsDefaultOrEmpty)
        {
            Write(span.Children, cursor);
            return;
        }

        xhtml.Start("span");
        if (id is not null)
        {
            xhtml.Attribute("id", id);
        }

        xhtml.Language(language);
        xhtml.Classes(span.Classes.IsDefault ? [] : span.Classes);
        Write(span.Children, cursor);
        xhtml.End();
    }

    /// <summary>
    /// A link to the target's element in whichever content document holds it. Without link text it reads as the
    /// target's label: "Table 2" with the edition's word, or a heading's own text. A target the EPUB does not hold
    /// (an id inside a note, which is repeated per file and so keeps none) leaves the text unlinked, with a warning.
    /// </summary>
    private void WriteCrossReference(CrossReferenceInline reference, BreakCursor? cursor)
    {
        var href = anchors.HrefOf(reference.TargetId, fileName);
        if (href is null)
        {
            diagnostics.Warning(EpubDiagnosticCodes.CrossReferenceTargetMissing, reference.Span,
                $"The cross-reference to '{reference.TargetId}' has no target outside the notes in the EPUB; its text is kept without a link.");
        }

        if (_inLink || href is null)
        {
            WriteReferenceText(reference, cursor);
            return;
        }

        xhtml.Start("a");
        xhtml.Attribute("href", href);
        xhtml.Attribute("class", "xref");
        _inLink = true;
        WriteReferenceText(reference, cursor);
        _inLink = false;
        xhtml.End();
    }

    private void WriteReferenceText(CrossReferenceInline reference, BreakCursor? cursor)
    {
        if (!reference.Children.IsDefaultOrEmpty)
        {
            Write(reference.Children, cursor);
            return;
        }

        // A label the writer makes counts for nothing in the plain text the page map's offsets measure (PlainText).
        breaks.UpTo(cursor, 0);
        xhtml.Text(CrossReferenceLabel.Of(reference, labels));
    }

    private void Link(string href, string? cssClass, ImmutableArray<Inline> children, BreakCursor? cursor)
    {
        xhtml.Start("a");
        xhtml.Attribute("href", href);
        if (cssClass is not null)
        {
            xhtml.Attribute("class", cssClass);
        }

        _inLink = true;
        Write(children, cursor);
        _inLink = false;
        xhtml.End();
    }

    private void Wrapped(string element, ImmutableArray<Inline> children, BreakCursor? cursor)
    {
        xhtml.Start(element);
        Write(children, cursor);
        xhtml.End();
    }
}
