using System.Globalization;
using Publish.Model;
using Publish.Model.Blocks;

namespace Publish.Epub.Content;

/// <summary>
/// The notes of one content document, as DESIGN.md's "EPUB markup facts" have them: the marker an
/// <c>&lt;a epub:type="noteref" role="doc-noteref"&gt;</c> (no <c>sup</c> inside, which breaks Apple Books pop-ups),
/// the note an <c>&lt;aside epub:type="footnote" role="doc-footnote"&gt;</c> in the same file starting with a numeric
/// back-link (Kindle). A note referenced in several files is repeated in each, so every marker pops up; it is
/// written after the top-level block that refers to it, or at the section's end, as <see cref="NotePlacement"/> says.
/// </summary>
internal sealed class NoteWriter(XhtmlOutput xhtml, BookIds ids, NotePlacement placement)
{
    /// <summary>Notes referenced in this document: the id of their copy here and of their first marker here (the back-link's target).</summary>
    private readonly Dictionary<int, (string NoteId, string FirstMarkerId)> _notesHere = [];
    private readonly List<Note> _pending = [];

    /// <summary>Whether a note's text is being written: its headings are not contents entries, its markers not links.</summary>
    public bool IsWritingNote { get; private set; }

    public void WriteMarker(Note note)
    {
        var number = note.Number.ToString(CultureInfo.InvariantCulture);
        if (IsWritingNote)
        {
            // Readers flatten notes inside notes; a nested marker has no aside of its own to point at.
            xhtml.CleanText(number);
            return;
        }

        var markerId = ids.NextMarker(note.Number);
        if (!_notesHere.TryGetValue(note.Number, out var here))
        {
            here = (ids.NextNoteCopy(note.Number), markerId);
            _notesHere[note.Number] = here;
            _pending.Add(note);
        }

        xhtml.Start("a");
        xhtml.Attribute("id", markerId);
        xhtml.Attribute("href", "#" + here.NoteId);
        xhtml.EpubType("noteref");
        xhtml.Attribute("role", "doc-noteref");
        xhtml.Attribute("class", "noteref");
        xhtml.CleanText(number);
        xhtml.End();
    }

    /// <summary>After a top-level block: its notes, when they follow each paragraph.</summary>
    public void AfterTopLevelBlock(BlockWriter blocks)
    {
        if (placement == NotePlacement.AfterParagraph)
        {
            WritePending(blocks);
        }
    }

    /// <summary>At the end of the document: the notes not yet written, in a footnotes section, when they gather there.</summary>
    public void AtSectionEnd(BlockWriter blocks, string label)
    {
        if (placement != NotePlacement.SectionEnd || _pending.Count == 0)
        {
            return;
        }

        xhtml.Start("section");
        xhtml.EpubType("footnotes");
        xhtml.Attribute("class", "footnotes");
        xhtml.Attribute("aria-label", label);
        WritePending(blocks);
        xhtml.End();
    }

    private void WritePending(BlockWriter blocks)
    {
        foreach (var note in _pending)
        {
            WriteNote(note, blocks);
        }

        _pending.Clear();
    }

    private void WriteNote(Note note, BlockWriter blocks)
    {
        IsWritingNote = true;
        xhtml.Start("aside");
        var here = _notesHere[note.Number];
        xhtml.Attribute("id", here.NoteId);
        xhtml.EpubType("footnote");
        xhtml.Attribute("role", "doc-footnote");
        xhtml.Attribute("class", "footnote");
        xhtml.Start("p");
        xhtml.Start("a");
        xhtml.Attribute("href", "#" + here.FirstMarkerId);
        xhtml.Attribute("role", "doc-backlink");
        xhtml.CleanText(note.Number.ToString(CultureInfo.InvariantCulture));
        xhtml.End();
        xhtml.CleanText(". ");

        // The first paragraph runs on after the number; the note's other blocks follow as they are.
        var rest = note.Content;
        if (rest.FirstOrDefault() is ParagraphBlock first)
        {
            blocks.Inlines.Write(first.Content, null);
            rest = rest.RemoveAt(0);
        }

        xhtml.End();
        foreach (var block in rest)
        {
            blocks.Write(block, null);
        }

        xhtml.End();
        IsWritingNote = false;
    }
}
