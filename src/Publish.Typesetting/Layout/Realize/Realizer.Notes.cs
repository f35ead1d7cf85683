using System.Collections.Immutable;
using System.Globalization;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Inlines;
using Publish.Styles;
using Publish.Typesetting.Bidi;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Layout.Realize;

/// <summary>
/// Notes, set for the page foot with their structure: every block starts a new line; a paragraph after a paragraph
/// indents its first line by the note's em (as the body's paragraphs do); a list stands in by that em, its labels
/// hanging left of its items' text; a quote is inset on both sides; code keeps its lines in the mono face at the
/// note's size.
/// </summary>
internal sealed partial class Realizer
{
    /// <summary>
    /// The notes first referred to in <paramref name="content"/>, in marker order: their requests follow the
    /// paragraph's, which is where their first marker's line takes them.
    /// </summary>
    private void NotesIn(ImmutableArray<Inline> content)
    {
        foreach (var reference in DocumentWalker.Flatten(content).OfType<NoteReferenceInline>())
        {
            if (!_notesSeen.Add(reference.Note.Number) || !_noteContent.TryGetValue(reference.Note.Number, out var note))
            {
                continue;
            }

            // A right-to-left note is the mirror of a left-to-right one: its number box at the right edge, its text's
            // column (hanging) or first line (inline) ending the same fixed gap left of it.
            var builder = new NoteBuilder(note) { RightToLeft = !note.Content.IsDefaultOrEmpty && BidiParagraph.Analyze(PlainText.Of(note.Content)).BaseLevel == 1 };
            var hang = _style.Notes.Number == NoteNumberPlacement.Hanging ? NumberColumn : 0;
            var left = builder.RightToLeft ? 0 : hang;
            NoteBlocks(note.Content.IsDefaultOrEmpty ? [new ParagraphBlock([], note.Span)] : note.Content, builder, left, Measure - hang, null);
            if (builder.Pieces.Count == 0)
            {
                // Nothing but blocks that set no text: the number still stands for its marker.
                NoteText([], Text.Note, builder, left, Measure - hang, null, null, 0);
            }

            _notes.Add(note.Number, new RealizedNote(note, [.. builder.Groups], [.. builder.Pieces]));
        }
    }

    /// <summary>Sets <paramref name="blocks"/> of a note at <paramref name="left"/> in <paramref name="group"/> (null: the note).</summary>
    private void NoteBlocks(ImmutableArray<Block> blocks, NoteBuilder note, double left, double measure, int? group)
    {
        var indent = false;
        foreach (var block in blocks)
        {
            indent = NoteBlock(block, note, left, measure, group, indent);
        }
    }

    /// <summary>One block of a note; returns whether a paragraph after it indents its first line.</summary>
    private bool NoteBlock(Block block, NoteBuilder note, double left, double measure, int? group, bool indent)
    {
        var style = Text.Note;
        var inset = style.Size * 1.5;

        // The note's own paragraphs hold their text directly in its Note element, as a one-paragraph note always has;
        // inside a group (a quote, a list item) they are paragraphs of it.
        var role = group is null ? (StructureRole?)null : StructureRole.Paragraph;
        switch (block)
        {
            case ParagraphBlock paragraph:
                NoteText(paragraph.Content, NoteParagraphStyle(paragraph.Content), note, left, measure, group, role, indent ? NoteIndent : 0);
                return true;
            case HeadingBlock heading:
                NoteText([new StrongInline(heading.Content, heading.Span)], style, note, left, measure, group, role, 0);
                return false;
            case ThematicBreakBlock:
                NoteText([new TextInline(SceneBreak, block.Span)], style with { Alignment = Styles.TextAlignment.Centered }, note, left, measure, group, null, 0);
                return false;
            case MathBlock math:
                NoteText([new MathInline(math.Tex, math.Span)], style with { Alignment = Styles.TextAlignment.Centered }, note, left, measure, group, role, 0);
                return false;
            case BlockQuoteBlock quote:
                NumberAlone(note, left, measure, group);
                NoteBlocks(quote.Children, note, left + inset, measure - (2 * inset), note.Group(group, StructureRole.BlockQuote));
                return false;
            case ListBlock list:
                // Stood in by the note's em, so its labels do not stand in the column of the notes' own numbers.
                NumberAlone(note, left, measure, group);
                NoteList(list, note, left + style.Size, measure - style.Size, group);
                return false;
            case DefinitionListBlock definitions:
                NumberAlone(note, left, measure, group);
                NoteDefinitions(definitions, note, left, measure, group);
                return false;
            case CodeBlock code:
                NumberAlone(note, left, measure, group);
                var codeGroup = note.Group(group, StructureRole.Code);

                // The body's code face at the note's size and leading, so code does not stand out of the note area.
                var codeStyle = Text.Code with { Size = Math.Min(Text.Code.Size, style.Size), Leading = style.Leading };
                foreach (var line in code.Text.Split('\n'))
                {
                    var request = Request([new CodeInline(line.Length == 0 ? " " : line, code.Span)], codeStyle, measure, 0, hyphenate: false, code: true);
                    note.Pieces.Add(new NotePiece(request, left, measure, codeGroup, null));
                }

                return false;
            case DivBlock div:
                var outerLanguage = _language;
                _language = string.IsNullOrWhiteSpace(div.Language) ? _language : div.Language.Trim();
                foreach (var child in div.Children)
                {
                    indent = NoteBlock(child, note, left, measure, group, indent);
                }

                _language = outerLanguage;
                return indent;
            default:
                // A figure or table in a note: its words, as one paragraph (the page foot has no room for either).
                NoteText([new TextInline(PlainText.Of([block]), block.Span)], style, note, left, measure, group, role, 0);
                return false;
        }
    }

    /// <summary>
    /// A paragraph of a note; the note's first one is led by its number, set apart in the number box: right-aligned in
    /// it, so the text after it starts at one x in every note however many figures the number has. Hanging, the box
    /// stands left of the text's column (<paramref name="left"/> is already past it); inline, it is the first line's
    /// indent and the lines after it return to the note's edge. A right-to-left note mirrors all of it: the box right
    /// of the text (hanging: right of the column; inline: in the first line's indent, which a right-to-left line has on
    /// its right), the number flush left in it, so the gap between number and text is the left-to-right notes' gap.
    /// </summary>
    private void NoteText(ImmutableArray<Inline> content, TextStyle style, NoteBuilder note, double left, double measure, int? group, StructureRole? role, double indent)
    {
        if (note.Numbered)
        {
            note.Pieces.Add(new NotePiece(Request(content, style, measure, indent, hyphenate: true), left, measure, group, role));
            return;
        }

        note.Numbered = true;
        var numberStyle = Text.Note with { Alignment = Styles.TextAlignment.FlushRight, FirstLineIndent = 0 };
        var numberText = new TextInline(note.Note.Number.ToString(CultureInfo.InvariantCulture) + ".", note.Note.Span);
        var hanging = _style.Notes.Number == NoteNumberPlacement.Hanging;
        var box = (note.RightToLeft, hanging) switch
        {
            (false, true) => left - NumberColumn,
            (false, false) => left,
            (true, true) => left + measure + NumberColumn - NumberBox,
            (true, false) => left + measure - NumberBox,
        };
        if (content.IsDefaultOrEmpty)
        {
            // A number with no text beside it (the note opens with a list, quote or code): the number is the line.
            note.Pieces.Add(new NotePiece(Request([numberText], numberStyle, NumberBox, 0, hyphenate: false, labelled: true), box, NumberBox, group, null) { NumberFlushLeft = note.RightToLeft });
            return;
        }

        var number = Request([numberText], numberStyle, NumberBox, 0, hyphenate: false);
        var text = Request(content, style, measure, hanging ? indent : indent + NumberColumn, hyphenate: true);
        note.Pieces.Add(new NotePiece(text, left, measure, group, role) { Label = number, LabelLeft = box, NumberFlushLeft = note.RightToLeft });
    }

    /// <summary>
    /// The box a note's number is right-aligned in: as wide as the document's widest number and its full stop, at about
    /// 0.55 em a figure (tabular figures are half an em in most faces) and 0.3 em for the stop.
    /// </summary>
    private double NumberBox => ((NumberDigits * 0.55) + 0.3) * Text.Note.Size;

    /// <summary>The number box and the fixed gap after it (half the note's em, about a justified word space at its widest).</summary>
    private double NumberColumn => NumberBox + (0.5 * Text.Note.Size);

    /// <summary>How many digits the document's highest note number has: counted once, not per note (that was quadratic).</summary>
    private int NumberDigits => _numberDigits;

    /// <summary>
    /// A later paragraph's first-line indent: the body's, scaled to the note's size (a 1 em indent at 11 pt is a 1 em
    /// indent at 9 pt); one em of the note when the body separates paragraphs by space instead.
    /// </summary>
    private double NoteIndent => Text.Body.FirstLineIndent > 0 ? Text.Body.FirstLineIndent * Text.Note.Size / Text.Body.Size : Text.Note.Size;

    /// <summary>
    /// A note paragraph holding a web address is set ragged right when the note style justifies: an unbreakable address
    /// in a line of 9 pt type leaves the justified words around it spread across the line (Chicago 14.18 lets
    /// a URL break only at its punctuation, which does not always give the line enough to fill).
    /// </summary>
    private TextStyle NoteParagraphStyle(ImmutableArray<Inline> content) =>
        Text.Note.Alignment == Styles.TextAlignment.Justified && HoldsAddress(content)
            ? Text.Note with { Alignment = Styles.TextAlignment.Ragged }
            : Text.Note;

    private static bool HoldsAddress(ImmutableArray<Inline> content) =>
        DocumentWalker.Flatten(content).Any(inline => inline switch
        {
            TextInline text => text.Text.Contains("://", StringComparison.Ordinal) || text.Text.Contains("www.", StringComparison.OrdinalIgnoreCase),
            LinkInline link => link.Target.Contains("://", StringComparison.Ordinal),
            _ => false,
        });

    /// <summary>
    /// A note that opens with a list, quote or code: its number on a line of its own above them (a hanging label or a
    /// code line cannot also carry it).
    /// </summary>
    private void NumberAlone(NoteBuilder note, double left, double measure, int? group)
    {
        if (!note.Numbered)
        {
            NoteText([], Text.Note, note, left, measure, group, null, 0);
        }
    }

    /// <summary>A list in a note: each item's label hangs in a gutter as wide as the longest label, its text beside it.</summary>
    private void NoteList(ListBlock list, NoteBuilder note, double left, double measure, int? group)
    {
        var style = Text.Note;
        var labels = list.Items.Select((_, i) => ListLabel(list, i)).ToArray();

        // About 0.55 em a figure and a space's worth after the label; never less than the 1.5 em of a bullet's gutter.
        var gutter = Math.Max(1.5, (labels.Max(l => l.Length) * 0.55) + 0.6) * style.Size;
        var listGroup = note.Group(group, StructureRole.List);
        for (var i = 0; i < list.Items.Length; i++)
        {
            var item = list.Items[i];
            var itemGroup = note.Group(listGroup, StructureRole.ListItem);
            var labelGroup = note.Group(itemGroup, StructureRole.ListLabel);
            var body = note.Group(itemGroup, StructureRole.ListBody);
            var label = Request([new TextInline(labels[i], item.Span)], style with { Alignment = Styles.TextAlignment.Ragged }, gutter, 0, hyphenate: false);
            var children = item.Children;
            if (children.FirstOrDefault() is ParagraphBlock first)
            {
                var text = Request(first.Content, style, measure - gutter, 0, hyphenate: true);
                note.Pieces.Add(new NotePiece(text, left + gutter, measure - gutter, body, StructureRole.Paragraph) { Label = label, LabelLeft = left, LabelGroup = labelGroup });
                children = children.RemoveAt(0);
            }
            else
            {
                // An item that opens with something else (a nested list, code): its label on a line of its own.
                note.Pieces.Add(new NotePiece(label, left, gutter, labelGroup, null));
            }

            NoteBlocks(children, note, left + gutter, measure - gutter, body);
        }
    }

    /// <summary>A definition list in a note: terms in bold, definitions inset beneath, tagged as in the body.</summary>
    private void NoteDefinitions(DefinitionListBlock definitions, NoteBuilder note, double left, double measure, int? group)
    {
        var style = Text.Note with { Alignment = Styles.TextAlignment.Ragged };
        var inset = style.Size * 1.5;
        var listGroup = note.Group(group, StructureRole.List);
        foreach (var item in definitions.Items)
        {
            var itemGroup = note.Group(listGroup, StructureRole.ListItem);
            var single = item.Terms.Length == 1;
            var terms = single ? itemGroup : note.Group(itemGroup, StructureRole.ListLabel);
            foreach (var term in item.Terms)
            {
                NoteText([new StrongInline(term, item.Span)], style, note, left, measure, terms, single ? StructureRole.ListLabel : StructureRole.Paragraph, 0);
            }

            var body = note.Group(itemGroup, StructureRole.ListBody);
            foreach (var definition in item.Definitions)
            {
                NoteBlocks(definition, note, left + inset, measure - inset, body);
            }
        }
    }

    /// <summary>A list item's label, as the body's lists write it (without the body's trailing space: the gutter is the gap).</summary>
    private static string ListLabel(ListBlock list, int index) =>
        list.Ordered ? (list.Start + index).ToString(CultureInfo.InvariantCulture) + "." : "\u2022";

    /// <summary>What a note's realization gathers: its groups and pieces, and whether its number has been set.</summary>
    private sealed class NoteBuilder(Note note)
    {
        public Note Note { get; } = note;

        public List<NoteGroup> Groups { get; } = [];

        public List<NotePiece> Pieces { get; } = [];

        public bool Numbered { get; set; }

        /// <summary>The note's text runs right to left (its first strong character, UAX #9 P2–P3).</summary>
        public bool RightToLeft { get; init; }

        public int Group(int? parent, StructureRole role)
        {
            Groups.Add(new NoteGroup(parent, role));
            return Groups.Count - 1;
        }
    }
}
