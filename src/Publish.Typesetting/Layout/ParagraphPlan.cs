using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Inlines;
using Publish.Styles;

namespace Publish.Typesetting.Layout;

/// <summary>
/// The paragraphs <see cref="FlowBuilder"/> will set, predicted from the document in the order it will ask for
/// them: top-level headings and paragraphs, each followed by the notes first referenced in it, then the
/// bibliography. These are nearly all of a long book's text; what the plan leaves out (quotes, lists, captions)
/// the flow sets itself. A prediction that turns out wrong costs only time: the flow checks each request's
/// parameters before using its result.
/// </summary>
internal static class ParagraphPlan
{
    public static ImmutableArray<ParagraphRequest> For(Document document, HouseStyle style)
    {
        var text = style.Text;
        var measure = style.Page.TextWidth;
        var requests = ImmutableArray.CreateBuilder<ParagraphRequest>();
        var notesSeen = new HashSet<int>();
        void Add(object key, ImmutableArray<Model.Inlines.Inline> content, TextStyle textStyle, double width, double indent)
        {
            if (!content.IsDefaultOrEmpty)
            {
                requests.Add(new ParagraphRequest(key, content, textStyle, width, indent, Hyphenate: true));
            }
        }

        var indentNext = false;
        foreach (var block in document.Body)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    Add(KeyOf(heading.Content), heading.Content, text.ForHeading(heading.Level), measure, 0);
                    indentNext = false;
                    break;
                case ParagraphBlock paragraph:
                    Add(KeyOf(paragraph.Content), paragraph.Content, text.Body, measure, indentNext ? text.Body.FirstLineIndent : 0);
                    foreach (var note in NotesIn(paragraph.Content).Where(n => notesSeen.Add(n.Number)))
                    {
                        var first = true;
                        foreach (var noteBlock in note.Content.IsDefaultOrEmpty ? [] : note.Content)
                        {
                            Add(noteBlock, NoteBlockContent(note, noteBlock, first), text.Note, measure, 0);
                            first = false;
                        }
                    }

                    indentNext = text.Body.FirstLineIndent > 0;
                    break;
                default:
                    indentNext = false;
                    break;
            }
        }

        foreach (var entry in document.Bibliography.IsDefault ? [] : document.Bibliography)
        {
            Add(KeyOf(entry.Content), entry.Content, text.Bibliography, measure - text.Bibliography.HangingIndent, 0);
        }

        return requests.ToImmutable();
    }

    /// <summary>The key of a paragraph set from a model array as it is: the array itself.</summary>
    public static object KeyOf(ImmutableArray<Model.Inlines.Inline> content) =>
        (object?)ImmutableCollectionsMarshal.AsArray(content) ?? Array.Empty<Model.Inlines.Inline>();

    /// <summary>
    /// What a note's block sets: its inlines, the first block led by the note's number ("3." and a no-break space,
    /// so the number never stands alone at the end of a line with its text on the next).
    /// </summary>
    public static ImmutableArray<Model.Inlines.Inline> NoteBlockContent(Note note, Block block, bool first)
    {
        ImmutableArray<Model.Inlines.Inline> content = block switch
        {
            ParagraphBlock p => p.Content,
            HeadingBlock h => h.Content,
            _ => [new TextInline(PlainText.Of([block]), block.Span)],
        };
        return first ? [new TextInline(note.Number.ToString(CultureInfo.InvariantCulture) + ".\u00A0", note.Span), .. content] : content;
    }

    private static IEnumerable<Note> NotesIn(ImmutableArray<Model.Inlines.Inline> content) =>
        DocumentWalker.Flatten(content).OfType<NoteReferenceInline>().Select(r => r.Note);
}
