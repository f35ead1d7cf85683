using System.Collections.Immutable;
using System.Globalization;
using Publish.Model;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Flow;

/// <summary>
/// Fills pages with the flow of main text, placing each footnote at the bottom of the page of its marker.
/// Invariants (checked by tests over long generated books):
/// <list type="bullet">
/// <item>a note starts on the page of its marker: a line whose note cannot start on the page (not even its
/// first line) moves to the next page, as in Typst's <c>flow/compose.rs</c>;</item>
/// <item>a note too long for the space left continues at the bottom of the next page(s), before any note
/// that starts there, so notes appear in marker order;</item>
/// <item>main text and notes never go below <see cref="PageArea.Bottom"/>, so nothing reaches the footer.</item>
/// </list>
/// Widows, orphans and headings at a page foot are avoided by moving lines forward; when that is impossible
/// the rule is broken with a warning. Figures that do not fit float to the top of the next page while the
/// text after them fills the current one.
/// </summary>
public sealed class FlowComposer
{
    private readonly PageArea _area;
    private readonly FootnoteAreaStyle _noteStyle;

    public FlowComposer(PageArea area, FootnoteAreaStyle noteStyle)
    {
        _area = area;
        _noteStyle = noteStyle;
    }

    public Composition Compose(IReadOnlyList<FlowElement> elements)
    {
        var run = new Run(_area, _noteStyle);
        for (var i = 0; i < elements.Count; i++)
        {
            switch (elements[i])
            {
                case FlowLine line:
                    run.PlaceLine(line, elements, i);
                    break;
                case FlowSpace space:
                    run.PlaceSpace(space);
                    break;
                case FlowFigure figure:
                    run.PlaceFigure(figure);
                    break;
                case FlowTableRow row:
                    run.PlaceRow(row, elements, i);
                    break;
                case FlowPageBreak:
                    run.BreakPage();
                    break;
                default:
                    throw new InvalidOperationException($"Unknown flow element {elements[i].GetType().Name}.");
            }
        }

        return run.Finish();
    }

    /// <summary>The mutable state of one composition; nothing of it escapes except the finished pages.</summary>
    private sealed class Run
    {
        private readonly PageArea _area;
        private readonly FootnoteAreaStyle _noteStyle;
        private readonly List<ComposedPage> _pages = [];
        private readonly List<CompositionIssue> _issues = [];
        private readonly Queue<FlowFigure> _deferredFigures = new();
        private List<NotePart> _carriedNotes = [];
        private Page _page;

        public Run(PageArea area, FootnoteAreaStyle noteStyle)
        {
            _area = area;
            _noteStyle = noteStyle;
            _page = new Page(area.Height);
        }

        private int PageNumber => _pages.Count + 1;

        public void PlaceLine(FlowLine line, IReadOnlyList<FlowElement> elements, int index)
        {
            if (_page.HasContent && MustMoveToNextPage(line, elements, index))
            {
                NewPage();
            }

            if (!TryPlaceLineWithNotes(line))
            {
                if (_page.HasContent)
                {
                    NewPage();
                }

                if (!TryPlaceLineWithNotes(line))
                {
                    // Even an empty page cannot hold the line with the first line of its note: only possible
                    // with notes carried over from before filling the page. Place it; the notes continue.
                    ForcePlaceLine(line);
                }
            }
        }

        /// <summary>
        /// A table row goes whole on this page or the next (a row is not split; one taller than a page came cut), with
        /// its table's header repeated above it on a page that does not yet show its table, and its notes at the foot.
        /// </summary>
        public void PlaceRow(FlowTableRow row, IReadOnlyList<FlowElement> elements, int index)
        {
            if (_page.HasContent && row.KeepWithNext && !Fits(KeepHeight(elements, index)))
            {
                NewPage();
            }

            if (!TryPlaceWithNotes(RowHeight(row), row.Notes, row))
            {
                if (_page.HasContent)
                {
                    NewPage();
                }

                if (!TryPlaceWithNotes(RowHeight(row), row.Notes, row))
                {
                    DrawRow(row);
                    PlaceNotesSplitting(row.Notes);
                }
            }
        }

        private double RowHeight(FlowTableRow row) => row.Row.Height + (NeedsHeader(row) ? row.RepeatedHeader!.Height : 0);

        private bool NeedsHeader(FlowTableRow row) => row.RepeatedHeader is not null && _page.Table != row.Table;

        private void DrawRow(FlowTableRow row)
        {
            if (NeedsHeader(row))
            {
                _page.Items.AddRange(row.RepeatedHeader!.Place(row.X, _area.Top + _page.Used));
                _page.Used += row.RepeatedHeader.Height;
            }

            _page.Items.AddRange(row.Row.Place(row.X, _area.Top + _page.Used));
            _page.Used += row.Row.Height;
            _page.Table = row.Table;
            _page.MarkContent(row.Anchor);
        }

        public void PlaceSpace(FlowSpace space)
        {
            if (!_page.HasContent)
            {
                return;
            }

            if (_page.Used + space.Height + _page.NoteHeight > _page.Capacity)
            {
                NewPage();
                return;
            }

            _page.Used += space.Height;
        }

        public void PlaceFigure(FlowFigure figure)
        {
            if (_deferredFigures.Count > 0 || (!Fits(figure.Height) && _page.HasContent))
            {
                // Keep figures in their order: once one floats, the ones after it float behind it.
                _deferredFigures.Enqueue(figure);
                return;
            }

            DrawFigure(figure);
        }

        public void BreakPage()
        {
            if (_page.HasContent)
            {
                NewPage();
            }
        }

        public Composition Finish()
        {
            while (_deferredFigures.Count > 0 || _carriedNotes.Count > 0)
            {
                NewPage();
            }

            if (_page.HasContent || _page.Notes.Count > 0 || _pages.Count == 0)
            {
                _pages.Add(_page.Finish(_area, _noteStyle));
            }

            return new Composition([.. _pages], [.. _issues]);
        }

        private bool Fits(double height) => _page.Used + height + _page.NoteHeight <= _page.Capacity + Epsilon;

        private const double Epsilon = 0.001;

        /// <summary>Widow, orphan and keep-with-next checks: whether this line should start the next page instead.</summary>
        private bool MustMoveToNextPage(FlowLine line, IReadOnlyList<FlowElement> elements, int index)
        {
            if (line.KeepWithNext)
            {
                var need = KeepHeight(elements, index);
                if (!Fits(need))
                {
                    return true;
                }
            }

            var block = line.Block;
            if (block.IsFirst && block.Count >= 2 && !Fits(line.Leading + NextLineLeading(elements, index)))
            {
                // Orphan: a paragraph's first line alone at the foot of a page.
                return true;
            }

            if (block.Count >= 3 && block.Index == block.Count - 2 && !Fits(line.Leading + NotesHeightIfNew(line) + NextLineLeading(elements, index)))
            {
                // Widow: the last line would be alone at the top of the next page. Take this line along,
                // if the page still keeps two lines of the paragraph; otherwise accept the widow.
                if (block.Index >= 2)
                {
                    return true;
                }

                _issues.Add(new CompositionIssue(FlowDiagnosticCodes.WidowLeft, PageNumber + 1, line.Span, "the last line of a paragraph stands alone at the top of a page (the paragraph is too short to avoid it)"));
            }

            return false;
        }

        /// <summary>A heading, the headings right after it and two lines of the text they introduce.</summary>
        private static double KeepHeight(IReadOnlyList<FlowElement> elements, int index)
        {
            var need = 0.0;
            var textLines = 0;
            for (var i = index; i < elements.Count && textLines < 2; i++)
            {
                switch (elements[i])
                {
                    case FlowLine l when l.KeepWithNext:
                        need += l.Leading;
                        break;
                    case FlowLine l:
                        need += l.Leading;
                        textLines++;
                        break;
                    case FlowSpace s:
                        need += s.Height;
                        break;
                    case FlowTableRow r when r.KeepWithNext:
                        need += r.Row.Height;
                        break;
                    case FlowTableRow r:
                        // A table's first body row counts as the two lines of text a heading or caption needs below it.
                        need += r.Row.Height;
                        textLines = 2;
                        break;
                    default:
                        return need;
                }
            }

            return need;
        }

        private static double NextLineLeading(IReadOnlyList<FlowElement> elements, int index) =>
            index + 1 < elements.Count && elements[index + 1] is FlowLine next ? next.Leading : 0;

        private double NotesHeightIfNew(FlowLine line) => NotesHeightIfNew(line.Notes);

        private double NotesHeightIfNew(ImmutableArray<FootnoteBody> notes)
        {
            if (notes.IsEmpty)
            {
                return 0;
            }

            return (_page.Notes.Count == 0 ? _noteStyle.SeparatorHeight : 0) + notes.Sum(n => n.Height);
        }

        private bool TryPlaceLineWithNotes(FlowLine line) => TryPlaceWithNotes(line.Leading, line.Notes, line);

        /// <summary>Places <paramref name="element"/>, <paramref name="height"/> tall, with the notes first referred to in it, if they can start here.</summary>
        private bool TryPlaceWithNotes(double height, ImmutableArray<FootnoteBody> notes, FlowElement element)
        {
            if (notes.IsEmpty)
            {
                if (!Fits(height))
                {
                    return false;
                }

                Draw(element);
                return true;
            }

            if (_carriedNotes.Count > 0)
            {
                // A note continues on the next page; a note starting here would come before its end.
                return false;
            }

            if (Fits(height + NotesHeightIfNew(notes)))
            {
                Draw(element);
                foreach (var note in notes)
                {
                    _page.AddNote(new NotePart(note, 0, note.Lines.Length), _noteStyle);
                }

                return true;
            }

            // Split: every note of the line must at least start here, so all but the last must fit whole
            // (a note can only continue on the next page if nothing comes after it on this one).
            var separator = _page.Notes.Count == 0 ? _noteStyle.SeparatorHeight : 0;
            var allButLast = notes.Take(notes.Length - 1).Sum(n => n.Height);
            if (!Fits(height + separator + allButLast + notes[^1].Lines[0].Leading))
            {
                return false;
            }

            Draw(element);
            PlaceNotesSplitting(notes);
            return true;
        }

        private void Draw(FlowElement element)
        {
            switch (element)
            {
                case FlowLine line:
                    DrawLine(line);
                    break;
                case FlowTableRow row:
                    DrawRow(row);
                    break;
                default:
                    throw new InvalidOperationException($"{element.GetType().Name} is not placed with notes.");
            }
        }

        private void ForcePlaceLine(FlowLine line)
        {
            DrawLine(line);
            PlaceNotesSplitting(line.Notes);
        }

        /// <summary>Places as many note lines as fit; the rest of the notes continue on the next page, in order.</summary>
        private void PlaceNotesSplitting(IEnumerable<FootnoteBody> notes)
        {
            foreach (var note in notes)
            {
                if (_carriedNotes.Count > 0)
                {
                    _carriedNotes.Add(new NotePart(note, 0, note.Lines.Length));
                    continue;
                }

                var fitting = FittingNoteLines(note, 0);
                if (fitting > 0)
                {
                    _page.AddNote(new NotePart(note, 0, fitting), _noteStyle);
                }

                if (fitting < note.Lines.Length)
                {
                    _carriedNotes.Add(new NotePart(note, fitting, note.Lines.Length));
                }
            }
        }

        private int FittingNoteLines(FootnoteBody note, int from)
        {
            var separator = _page.Notes.Count == 0 ? _noteStyle.SeparatorHeight : 0;
            var room = _page.Capacity - _page.Used - _page.NoteHeight - separator + Epsilon;
            var count = 0;
            for (var i = from; i < note.Lines.Length && room >= note.Lines[i].Leading; i++)
            {
                room -= note.Lines[i].Leading;
                count++;
            }

            return count;
        }

        private void DrawLine(FlowLine line)
        {
            var top = _area.Top + _page.Used;
            var baseline = top + ((line.Leading + line.Line.Ascent - line.Line.Descent) / 2);
            _page.Items.AddRange(line.Line.Place(line.X, baseline));
            _page.Used += line.Leading;
            _page.MarkContent(line.Anchor);
        }

        private void DrawFigure(FlowFigure figure)
        {
            _page.Items.AddRange(figure.Draw(_area.Left, _area.Top + _page.Used));
            _page.Used += figure.Height;
            _page.MarkContent(figure.Anchor);
        }

        private void NewPage()
        {
            _pages.Add(_page.Finish(_area, _noteStyle));
            _page = new Page(_area.Height);

            // Notes continued from the previous page come first, before any note that starts here.
            var carried = _carriedNotes;
            _carriedNotes = [];
            foreach (var part in carried)
            {
                if (_carriedNotes.Count > 0)
                {
                    _carriedNotes.Add(part);
                    continue;
                }

                var fitting = FittingNoteLines(part.Note, part.From);
                if (fitting == 0)
                {
                    _issues.Add(new CompositionIssue(FlowDiagnosticCodes.NoteTallerThanPage, PageNumber, SourceSpan.None, string.Create(CultureInfo.InvariantCulture, $"note {part.Note.Number} has a line taller than the page")));
                    continue;
                }

                _page.AddNote(new NotePart(part.Note, part.From, part.From + fitting), _noteStyle);
                if (part.From + fitting < part.To)
                {
                    _carriedNotes.Add(new NotePart(part.Note, part.From + fitting, part.To));
                }
            }

            while (_deferredFigures.Count > 0 && (Fits(_deferredFigures.Peek().Height) || !_page.HasContent))
            {
                DrawFigure(_deferredFigures.Dequeue());
            }
        }
    }

    /// <summary>Lines [<see cref="From"/>, <see cref="To"/>) of a note placed on one page.</summary>
    private sealed record NotePart(FootnoteBody Note, int From, int To)
    {
        public double Height => Note.Lines.Skip(From).Take(To - From).Sum(l => l.Leading);
    }

    private sealed class Page
    {
        public Page(double capacity) => Capacity = capacity;

        public double Capacity { get; }

        public double Used { get; set; }

        public double NoteHeight { get; private set; }

        public bool HasContent { get; private set; }

        /// <summary>The table whose row was placed last on this page (-1: none yet), so its header is not repeated under itself.</summary>
        public int Table { get; set; } = -1;

        public List<FrameItem> Items { get; } = [];

        public List<NotePart> Notes { get; } = [];

        private Model.Pages.ContentAnchor? FirstAnchor { get; set; }

        public void MarkContent(Model.Pages.ContentAnchor? anchor)
        {
            HasContent = true;
            FirstAnchor ??= anchor;
        }

        public void AddNote(NotePart part, FootnoteAreaStyle style)
        {
            NoteHeight += (Notes.Count == 0 ? style.SeparatorHeight : 0) + part.Height;
            Notes.Add(part);
        }

        public ComposedPage Finish(PageArea area, FootnoteAreaStyle style)
        {
            var items = new List<FrameItem>(Items);
            if (Notes.Count > 0)
            {
                // The note area hangs from the bottom of the text area and grows upward. A continued note comes
                // first and is announced by a full-measure rule (see FootnoteAreaStyle).
                var top = area.Bottom - NoteHeight;
                var ruleY = top + style.GapAbove + (style.RuleThickness / 2);
                var ruleWidth = Notes[0].From > 0 ? area.Measure : style.RuleWidth;
                var ruleLeft = style.RightToLeft ? area.Left + area.Measure - ruleWidth : area.Left;
                items.Add(new RuleItem(ruleLeft, ruleY, ruleLeft + ruleWidth, ruleY, style.RuleThickness, style.RuleColor));
                var y = top + style.SeparatorHeight;
                foreach (var part in Notes)
                {
                    for (var i = part.From; i < part.To; i++)
                    {
                        var noteLine = part.Note.Lines[i];
                        var baseline = y + ((noteLine.Leading + noteLine.Line.Ascent - noteLine.Line.Descent) / 2);
                        items.AddRange(noteLine.Line.Place(noteLine.X, baseline));
                        if (i == part.To - 1 && part.To < part.Note.Lines.Length && style.ContinuationMark is { } mark)
                        {
                            var markX = style.RightToLeft ? area.Left - style.ContinuationMarkGap - mark.Width : area.Left + area.Measure + style.ContinuationMarkGap;
                            items.AddRange(mark.Place(markX, baseline));
                        }

                        y += noteLine.Leading;
                    }
                }
            }

            var started = Notes.Where(n => n.From == 0).Select(n => n.Note.Number).ToImmutableArray();
            return new ComposedPage([.. items], FirstAnchor, started);
        }
    }
}
