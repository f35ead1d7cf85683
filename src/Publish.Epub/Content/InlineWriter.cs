using System.Collections.Immutable;
using System.Globalization;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;

namespace Publish.Epub.Content;

/// <summary>
/// Writes inlines as XHTML phrasing content. A cursor, when given, places the print page markers inside the text;
/// a link to anything but http, https or mailto keeps its text and loses its link. Note markers are the
/// <see cref="NoteWriter"/>'s.
/// </summary>
internal sealed class InlineWriter(XhtmlOutput xhtml, PageBreakWriter breaks, NoteWriter notes, DiagnosticBag diagnostics)
{
    public void Write(ImmutableArray<Inline> inlines, BreakCursor? cursor)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline text:
                    breaks.Text(text.Text, cursor);
                    break;
                case EmphasisInline emphasis:
                    Wrapped("em", emphasis.Children, cursor);
                    break;
                case StrongInline strong:
                    Wrapped("strong", strong.Children, cursor);
                    break;
                case LinkInline link when SafeLink.IsAllowed(link.Target):
                    xhtml.Start("a");
                    xhtml.Attribute("href", link.Target.Trim());
                    Write(link.Children, cursor);
                    xhtml.End();
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
                default:
                    throw new InvalidOperationException($"Unknown inline kind {inline.GetType().Name}.");
            }
        }
    }

    /// <summary>Inlines of a block that takes page breaks; a break past the text's end (a stale offset) still gets its marker, at the end.</summary>
    public void WriteAnchored(ImmutableArray<Inline> inlines, BreakCursor cursor)
    {
        Write(inlines, cursor);
        breaks.WriteAll(cursor.Remaining());
    }

    private void Wrapped(string element, ImmutableArray<Inline> children, BreakCursor? cursor)
    {
        xhtml.Start(element);
        Write(children, cursor);
        xhtml.End();
    }
}
