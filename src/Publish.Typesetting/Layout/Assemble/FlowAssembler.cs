using System.Collections.Immutable;
using System.Globalization;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Styles;
using Publish.Typesetting.Flow;
using Publish.Typesetting.Fonts;
using Publish.Typesetting.Frames;
using Publish.Typesetting.Paragraphs;
using Publish.Typesetting.Layout.CrossReferences;
using Publish.Typesetting.Layout.Realize;
using Publish.Typesetting.Layout.SetLines;
using Publish.Typesetting.Layout.Tables;

namespace Publish.Typesetting.Layout.Assemble;

/// <summary>
/// The third stage of the print layout: realized blocks and their set lines → the flow of lines, spaces and figures,
/// each line tagged into the structure tree and carrying the notes whose first marker it holds. What setting
/// reported is merged here, in reading order, and this is the one place a character no font has is kept to one
/// warning per manuscript (the footer, set before, counts).
/// </summary>
internal sealed partial class FlowAssembler
{
    private readonly HouseStyle _style;
    private readonly Realization _realization;
    private readonly ImmutableArray<SetParagraph> _set;
    private readonly MissingGlyphLedger _ledger;
    private readonly DiagnosticBag _diagnostics;
    private readonly StructureBuilder _structure = new();
    private readonly List<int> _groups = [];
    private readonly List<FlowElement> _elements = [];
    private readonly HashSet<int> _notesPlaced = [];
    private readonly CrossReferenceTargets _targets;
    private readonly HashSet<string> _destinationsPlaced = new(StringComparer.Ordinal);

    /// <summary>Notes first referred to in a caption, waiting for the next text line to carry them.</summary>
    private readonly List<FootnoteBody> _captionNotes = [];

    /// <summary>Ruled boxes open, innermost last, with the index of the first flow element inside each.</summary>
    private readonly Stack<(RealizedBoxOpen Box, int From)> _boxes = new();

    private int _blockId;

    /// <param name="targets">The headings and tables cross-references point at: their first line carries their destination.</param>
    public FlowAssembler(HouseStyle style, Realization realization, ImmutableArray<SetParagraph> set, MissingGlyphLedger ledger, DiagnosticBag diagnostics, CrossReferenceTargets? targets = null)
    {
        _targets = targets ?? CrossReferenceTargets.None;
        _style = style;
        _realization = realization;
        _set = set;
        _ledger = ledger;
        _diagnostics = diagnostics;
    }

    public AssembledFlow Assemble()
    {
        foreach (var block in _realization.Blocks)
        {
            switch (block)
            {
                case RealizedSpace space:
                    _elements.Add(new FlowSpace(space.Height));
                    break;
                case RealizedGroup group:
                    _groups.Add(_structure.Add(Parent(group.Parent), group.Role));
                    break;
                case RealizedParagraph paragraph:
                    Paragraph(paragraph);
                    break;
                case RealizedCode code:
                    Code(code);
                    break;
                case RealizedFigure figure:
                    Figure(figure);
                    break;
                case RealizedTable table:
                    Table(table);
                    break;
                case RealizedBoxOpen box:
                    _boxes.Push((box, _elements.Count));
                    break;
                case RealizedBoxClose:
                    var (open, from) = _boxes.Pop();
                    Rule(open, from);
                    break;
                default:
                    throw new InvalidOperationException($"Unknown realized block {block.GetType().Name}.");
            }
        }

        return new AssembledFlow([.. _elements], _structure);
    }

    private int Parent(int? group) => group is { } g ? _groups[g] : _structure.Root;

    /// <summary>A request's lines, merging what setting it reported.</summary>
    private ParagraphLayout Take(int request)
    {
        var (layout, diagnostics) = _set[request];
        if (diagnostics.Count == 0)
        {
            // Nearly every paragraph: nothing to merge, and sorting an empty bag still allocates.
            return layout;
        }

        foreach (var diagnostic in diagnostics.ToImmutableSorted())
        {
            if (diagnostic.Code != TypesettingDiagnosticCodes.MissingGlyph || _ledger.FirstReport(diagnostic.Message))
            {
                _diagnostics.Add(diagnostic);
            }
        }

        return layout;
    }

    private void Paragraph(RealizedParagraph paragraph)
    {
        var layout = Take(paragraph.Request);
        if (layout.Lines.IsEmpty)
        {
            return;
        }

        var style = paragraph.Style;
        var id = _blockId++;
        var tag = paragraph.Role is { } role
            ? new StructureTag(_structure, _structure.Add(Parent(paragraph.Parent), role), paragraph.LabelGroup is { } label ? _groups[label] : null)
            : null;
        var color = StyleMapping.Color(style.Color);
        _elements.Add(new FlowSpace(style.SpaceBefore));
        var offset = 0;
        for (var i = 0; i < layout.Lines.Length; i++)
        {
            var line = layout.Lines[i];
            var shift = Shift(style.Alignment, paragraph.Measure, line);
            ImmutableArray<Func<double, double, FrameItem>> extras = i == 0 && paragraph.Destination is { } destination
                ? [(x, y) => new DestinationItem(destination, x, y)]
                : [];
            // The first paragraph set from a target's source position (a heading; an interim table's caption) takes it.
            if (i == 0 && _targets.Any && _targets.DestinationAt(paragraph.Span) is { } target && _destinationsPlaced.Add(target))
            {
                extras = extras.Add((x, y) => new DestinationItem(target, x, y));
            }

            var notes = NewNotes(line);
            if (_captionNotes.Count > 0)
            {
                notes = [.. _captionNotes, .. notes];
                _captionNotes.Clear();
            }

            var lineAnchor = paragraph.Anchor is { } anchor ? anchor with { TextOffset = anchor.TextOffset + offset } : null;
            _elements.Add(new FlowLine(
                new PlacedLine(line, color, shift, extras, tag),
                // A hanging indent hangs from the side the lines start on: a right-to-left entry's first line
                // reaches the right edge and the lines after it stand in from the right.
                paragraph.Left + ((i > 0) != line.IsRightToLeft ? paragraph.Hang : 0),
                style.Leading,
                notes,
                new BlockPosition(id, i, layout.Lines.Length),
                paragraph.KeepWithNext,
                lineAnchor,
                paragraph.Span) { EndsWithHyphen = line.Hyphenated });
            offset += line.SourceLength + (line.Hyphenated ? 0 : 1);
        }

        _elements.Add(new FlowSpace(style.SpaceAfter));
    }

    /// <summary>A code block's lines: one block for widows and orphans, each source line one position in it.</summary>
    private void Code(RealizedCode code)
    {
        var style = _style.Text.Code;
        var id = _blockId++;
        var tag = new StructureTag(_structure, _structure.Add(Parent(code.Parent), StructureRole.Code));
        for (var i = 0; i < code.Lines.Length; i++)
        {
            foreach (var line in Take(code.Lines[i]).Lines)
            {
                _elements.Add(new FlowLine(new PlacedLine(line, StyleMapping.Color(style.Color), tag: tag), code.Left, style.Leading, [], new BlockPosition(id, i, code.Lines.Length), false, i == 0 ? code.Anchor : null, code.Span));
            }
        }
    }

    private void Figure(RealizedFigure realized)
    {
        var caption = _style.Text.Caption;
        var captionLayout = Take(realized.Caption);
        if (realized.LowResolution is { } warning)
        {
            _diagnostics.Add(warning);
        }

        var (figure, width, height, left, measure) = (realized.Figure, realized.Width, realized.Height, realized.Left, realized.Measure);
        var gap = height > 0 ? caption.SpaceBefore : 0;

        // Equal white space above the photo and below its caption, so the figure reads as one unit set off from the
        // text on both sides (the caption's small space-before is the photo-to-caption gap, too tight above a photo).
        // A caption whose photo is missing keeps the figure's spacing: it is still a figure, not a line of the text.
        var above = Math.Max(caption.SpaceBefore, caption.SpaceAfter);
        var placeholder = realized.Placeholder is { } named ? Take(named) : null;
        var total = above + height + gap + captionLayout.Height + caption.SpaceAfter;
        var captionColor = StyleMapping.Color(caption.Color);
        var alt = figure.Image?.AltText ?? PlainText.Of(figure.Caption, withNoteMarkers: false);

        // The caption is the figure's sibling, not its child: a reader replaces a Figure by its /Alt, so a caption
        // inside it would never be read.
        var parent = Parent(realized.Parent);
        var figureTag = height > 0 && figure.Image is not null ? new StructureTag(_structure, _structure.Add(parent, StructureRole.Figure, string.IsNullOrWhiteSpace(alt) ? "Photo" : alt)) : null;
        var captionTag = captionLayout.Lines.IsEmpty ? null : new StructureTag(_structure, _structure.Add(parent, StructureRole.Caption));
        IEnumerable<FrameItem> Draw(double x, double y)
        {
            var top = y + above;
            if (figure.Id is { Length: > 0 } id)
            {
                // Where a cross-reference to the figure goes: its top, photo or caption.
                yield return new DestinationItem(CrossReferenceDestination.For(id), left, y + above);
            }

            if (height > 0 && figure.Image is { } image)
            {
                yield return figureTag!.Apply(new ImageItem(image.Path, left + ((measure - width) / 2), top, width, height, alt) { Facts = image.Facts });
                top += height + gap;
            }
            else if (height > 0)
            {
                // A draft's placeholder for a missing photo: an artifact (no tag), drawn only in proofs.
                foreach (var item in PlaceholderFrame(left + ((measure - width) / 2), top, width, height, placeholder, captionColor))
                {
                    yield return item;
                }

                top += height + gap;
            }

            foreach (var line in captionLayout.Lines)
            {
                var offset = (measure - line.Width) / 2;
                var baseline = top + ((caption.Leading + line.Ascent - line.Descent) / 2);
                var items = line.ToFrameItems(left + offset, baseline, captionColor);
                for (var i = 0; i < items.Count; i++)
                {
                    yield return captionTag!.Apply(items[i], LineSpans.Of(line, i));
                }

                top += caption.Leading;
            }
        }

        _elements.Add(new FlowFigure(total, Draw, realized.Anchor));

        // A caption's notes travel with the next text line: figures float, and that line is where reading resumes.
        foreach (var line in captionLayout.Lines)
        {
            _captionNotes.AddRange(NewNotes(line));
        }
    }

    /// <summary>A ruled rectangle with the missing file's name centred in it, in the caption's colour.</summary>
    private IEnumerable<FrameItem> PlaceholderFrame(double x, double top, double width, double height, ParagraphLayout? named, RgbColor color)
    {
        const double Rule = 0.5;
        var (right, bottom) = (x + width, top + height);
        yield return new RuleItem(x, top, right, top, Rule, color);
        yield return new RuleItem(x, bottom, right, bottom, Rule, color);
        yield return new RuleItem(x, top, x, bottom, Rule, color);
        yield return new RuleItem(right, top, right, bottom, Rule, color);
        if (named is null)
        {
            yield break;
        }

        var leading = _style.Text.Caption.Leading;
        var baseline = top + ((height - (named.Lines.Length * leading)) / 2) + (leading * 0.75);
        foreach (var line in named.Lines)
        {
            foreach (var item in line.ToFrameItems(x + ((width - line.Width) / 2), baseline, color))
            {
                yield return item;
            }

            baseline += leading;
        }
    }

    /// <summary>Notes whose first marker is on this line, set for the page foot, in marker order.</summary>
    private ImmutableArray<FootnoteBody> NewNotes(TypesetLine line)
    {
        if (line.NoteMarkers.IsEmpty)
        {
            return [];
        }

        var notes = ImmutableArray.CreateBuilder<FootnoteBody>();
        foreach (var marker in line.NoteMarkers)
        {
            if (_notesPlaced.Add(marker.NoteNumber) && _realization.Notes.TryGetValue(marker.NoteNumber, out var note))
            {
                notes.Add(Note(note));
            }
        }

        return notes.ToImmutable();
    }

    /// <summary>
    /// A note's lines: "N. text" and the blocks after it, each piece from a new line at its own x; the first line
    /// carries the destination <c>fn{N}</c> and a link back to the marker (<c>fnref{N}</c>) over its number.
    /// </summary>
    private FootnoteBody Note(RealizedNote note)
    {
        var style = _style.Text.Note;
        var color = StyleMapping.Color(style.Color);
        var number = note.Note.Number.ToString(CultureInfo.InvariantCulture);
        var lines = ImmutableArray.CreateBuilder<NoteLine>();
        var first = true;

        // Notes hang off the document, right after the block that refers to them (their id follows its id). The
        // note's number (its first request's label) is a link back to the marker: a Link holding the number's glyphs
        // and the back-link annotation, as Typst tags a footnote's number. The note's paragraphs hold their text
        // directly; its lists, quotes and code are elements inside it.
        var noteElement = _structure.Add(_structure.Root, StructureRole.Note);
        var backLink = _structure.Add(noteElement, StructureRole.Link);
        var groups = new int[note.Groups.Length];
        for (var g = 0; g < groups.Length; g++)
        {
            groups[g] = _structure.Add(note.Groups[g].Parent is { } parent ? groups[parent] : noteElement, note.Groups[g].Role);
        }

        var edge = _style.Page.Margins.Inner;
        foreach (var piece in note.Pieces)
        {
            var label = piece.Label is { } labelRequest ? Take(labelRequest) : null;
            var layout = Take(piece.Request);
            var request = _realization.Requests[piece.Request];
            var container = piece.Group is { } group ? groups[group] : noteElement;
            var tag = new StructureTag(_structure, piece.Role is { } role ? _structure.Add(container, role) : container, backLink);
            // The back link covers the number, which hangs left of the text when it is set apart as the piece's label.
            var numberShift = piece.Label is not null && piece.LabelGroup is null ? piece.LabelLeft - piece.Left : 0;
            for (var i = 0; i < layout.Lines.Length; i++)
            {
                ImmutableArray<Func<double, double, FrameItem>> extras = first && i == 0
                    ? [(x, y) => new DestinationItem("fn" + number, x + numberShift, y), (x, y) => new LinkItem(x + numberShift, y, style.Size * (number.Length + 1) * 0.55, style.Leading, null, "fnref" + number) { StructureId = backLink }]
                    : [];
                var line = layout.Lines[i];
                // A right-to-left note's number alone on its line (the note opens with a list) stands flush left in its box.
                var shift = piece.NumberFlushLeft && piece.Label is null ? 0 : Shift(request.Style.Alignment, piece.Measure, line);
                ILineBox box = new PlacedLine(line, color, shift, extras, tag);
                if (i == 0 && label is { Lines: [var labelLine, ..] })
                {
                    // A list item's label is its Lbl; a note's own number (no label group) is the link back to its marker.
                    var labelTag = new StructureTag(_structure, piece.LabelGroup is { } labelGroup ? groups[labelGroup] : backLink);
                    var labelSet = _realization.Requests[piece.Label!.Value];
                    box = new HangingLabelLine(box, new PlacedLine(labelLine, color, piece.NumberFlushLeft ? 0 : Shift(labelSet.Style.Alignment, labelSet.Measure, labelLine), tag: labelTag), piece.LabelLeft - piece.Left);
                }

                lines.Add(new NoteLine(box, edge + piece.Left, request.Style.Leading) { EndsWithHyphen = line.Hyphenated });
            }

            first = false;
        }

        return new FootnoteBody(note.Note.Number, lines.ToImmutable());
    }

    /// <summary>Where a line starts within its measure: centred, flush right, or as set (flush left; a right-to-left line's own offset).</summary>
    private static double Shift(Styles.TextAlignment alignment, double measure, TypesetLine line) => alignment switch
    {
        Styles.TextAlignment.Centered => (measure - line.Width) / 2,
        Styles.TextAlignment.FlushRight => measure - line.Width,
        _ => line.FlushOffset,
    };

    /// <summary>
    /// A ruled box's rules, drawn by the first and last lines inside it (see <see cref="RuledLine"/>); a box with no line
    /// of text draws none.
    /// </summary>
    private void Rule(RealizedBoxOpen box, int from)
    {
        var lines = Enumerable.Range(from, _elements.Count - from).Where(i => _elements[i] is FlowLine).ToArray();
        if (lines.Length == 0 || box.Thickness <= 0)
        {
            return;
        }

        var color = StyleMapping.Color(box.Color);
        foreach (var index in lines.Distinct().Where(i => i == lines[0] || i == lines[^1]))
        {
            var line = (FlowLine)_elements[index];
            var ruled = new RuledLine(line.Line, line.Leading, box.Left - line.X, box.Width, box.Thickness, color, box.Padding, above: index == lines[0], below: index == lines[^1]);
            _elements[index] = line with { Line = ruled };
        }
    }
}
