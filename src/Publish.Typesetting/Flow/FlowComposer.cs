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
/// that starts there, so notes appear in marker order; a page whose note continues keeps at least
/// <see cref="PageMakeUp.BodyLinesAboveContinuedNote"/> lines' height of text where there is text to put there;</item>
/// <item>main text and notes never go below <see cref="PageArea.Bottom"/>, so nothing reaches the footer.</item>
/// </list>
/// Where a page ends is chosen by cost, as TeX's page builder does: when the flow runs past the page, each of the last
/// <see cref="PageBreakCosts.LookBack"/> places a page could end is weighed (how short it leaves the page, a widow,
/// an orphan, a heading without two lines of its text, a hyphen at the page turn; see <see cref="PageBreakCosts"/>)
/// and the cheapest wins; a rule broken that way is reported with a warning. Nothing is drawn until its page is
/// settled, so trying a break costs no frame items. Figures that do not fit float to the top of the next page
/// while the text after them fills the current one. With <see cref="PageMakeUp.FlushBottom"/> a full page without
/// notes ends on the text block's last baseline (the space between blocks stretches).
/// </summary>
public sealed class FlowComposer
{
    private readonly PageArea _area;
    private readonly FootnoteAreaStyle _noteStyle;
    private readonly PageMakeUp _makeUp;

    public FlowComposer(PageArea area, FootnoteAreaStyle noteStyle, PageMakeUp? makeUp = null)
    {
        _area = area;
        _noteStyle = noteStyle;
        _makeUp = makeUp ?? PageMakeUp.Ragged;
    }

    /// <summary>
    /// Called after each page is settled, on this thread: a build's check point (a long book spends a second or more
    /// composing its pages, too long to go unchecked under a short time limit). It may throw to stop the composition.
    /// </summary>
    public Action? PageComposed { get; init; }

    public Composition Compose(IReadOnlyList<FlowElement> elements)
    {
        var run = new Run(_area, _noteStyle, _makeUp, elements) { PageComposed = PageComposed };
        for (var i = 0; i < elements.Count;)
        {
            // Placing may end the page earlier than element i: then it says where the next page resumes.
            i = run.Place(i) ?? i + 1;
        }

        return run.Finish();
    }

    /// <summary>The mutable state of one composition; nothing of it escapes except the finished pages.</summary>
    private sealed class Run
    {
        private const double Epsilon = 0.001;

        /// <summary>The stretch weight of a space of no height, in body lines (a paragraph boundary gives two).</summary>
        private const double ParagraphStretch = 0.05;

        /// <summary>The stretch weight of the white above and below a figure, in body lines: a float's surround gives more readily than text.</summary>
        private const double FigureStretch = 2;

        private readonly PageArea _area;
        private readonly FootnoteAreaStyle _noteStyle;
        private readonly PageMakeUp _makeUp;
        private readonly IReadOnlyList<FlowElement> _elements;
        private readonly List<ComposedPage> _pages = [];
        private readonly List<CompositionIssue> _issues = [];
        private readonly List<FlowFigure> _deferredFigures = [];
        private readonly double _textCapacity;
        private List<NotePart> _carriedNotes = [];
        private Page _page;
        private bool _ending;

        public Run(PageArea area, FootnoteAreaStyle noteStyle, PageMakeUp makeUp, IReadOnlyList<FlowElement> elements)
        {
            _area = area;
            _noteStyle = noteStyle;
            _makeUp = makeUp;
            _elements = elements;

            // A flush page's text ends on the last whole body line of the block, the baseline every full page of
            // plain text ends on; what lies below it is left to notes.
            _textCapacity = makeUp.FlushBottom && makeUp.LineHeight > 0 && area.Height >= makeUp.LineHeight
                ? Math.Floor((area.Height + Epsilon) / makeUp.LineHeight) * makeUp.LineHeight
                : area.Height;
            _page = new Page(area.Height);
        }

        private int PageNumber => _pages.Count + 1;

        /// <summary>Places element <paramref name="index"/>; returns where to resume when the page ended before it.</summary>
        public int? Place(int index)
        {
            _page.Checkpoints.Add(Checkpoint(index));
            switch (_elements[index])
            {
                case FlowLine line:
                    return PlaceLine(line, index);
                case FlowSpace space:
                    return PlaceSpace(space, index);
                case FlowFigure figure:
                    PlaceFigure(figure);
                    return null;
                case FlowTableRow row:
                    return PlaceRow(row, index);
                case FlowPageBreak:
                    BreakPage();
                    return null;
                default:
                    throw new InvalidOperationException($"Unknown flow element {_elements[index].GetType().Name}.");
            }
        }

        private int? PlaceLine(FlowLine line, int index)
        {
            if (TryPlaceLineWithNotes(line))
            {
                return null;
            }

            if (_page.HasContent && TryPlaceWidowOverContinuedNote(line, index))
            {
                return null;
            }

            if (_page.HasContent)
            {
                return EndFullPage(index);
            }

            // Even an empty page cannot hold the line with the first line of its note: only possible with notes
            // carried over from before filling the page. Place it; the notes continue.
            DrawLine(line);
            PlaceNotesSplitting(line.Notes);
            return null;
        }

        /// <summary>
        /// A table row goes whole on this page or the next (a row is not split; one taller than a page came cut), with
        /// its table's header repeated above it on a page that does not yet show its table, and its notes at the foot.
        /// </summary>
        private int? PlaceRow(FlowTableRow row, int index)
        {
            if (TryPlaceWithNotes(RowHeight(row), row.Notes, row))
            {
                return null;
            }

            if (_page.HasContent)
            {
                return EndFullPage(index);
            }

            DrawRow(row);
            PlaceNotesSplitting(row.Notes);
            return null;
        }

        private double RowHeight(FlowTableRow row) => row.Row.Height + (NeedsHeader(row) ? row.RepeatedHeader!.Height : 0);

        private bool NeedsHeader(FlowTableRow row) => row.RepeatedHeader is not null && _page.Table != row.Table;

        private void DrawRow(FlowTableRow row)
        {
            if (NeedsHeader(row))
            {
                var header = row.RepeatedHeader!;
                var headerTop = _area.Top + _page.Used;
                _page.Draw(shift => header.Place(row.X, headerTop + shift), header.Height);
            }

            var top = _area.Top + _page.Used;
            _page.Draw(shift => row.Row.Place(row.X, top + shift), row.Row.Height);
            _page.Table = row.Table;
            _page.MarkContent(row.Anchor);
        }

        private int? PlaceSpace(FlowSpace space, int index)
        {
            if (!_page.HasContent)
            {
                return null;
            }

            if (!Fits(space.Height))
            {
                return EndFullPage(index);
            }

            _page.Used += space.Height;

            // Space between blocks stretches in proportion to its height; where a style sets none (indented
            // paragraphs), each side of a paragraph still gives a little, as TeX's \parskip of 0pt plus 1pt does.
            _page.AddGap(space.Height > 0 ? space.Height : _makeUp.LineHeight * ParagraphStretch);
            return null;
        }

        private void PlaceFigure(FlowFigure figure)
        {
            if (_deferredFigures.Count > 0 || (!Fits(figure.Height) && _page.HasContent))
            {
                // Keep figures in their order: once one floats, the ones after it float behind it.
                _deferredFigures.Add(figure);
                return;
            }

            DrawFigure(figure);
        }

        private void BreakPage()
        {
            if (_page.HasContent)
            {
                NewPage();
            }
        }

        public Composition Finish()
        {
            _ending = true;
            while (_deferredFigures.Count > 0 || _carriedNotes.Count > 0)
            {
                NewPage();
            }

            if (_page.HasContent || _page.Notes.Count > 0 || _pages.Count == 0)
            {
                _pages.Add(FinishPage());
            }

            return new Composition([.. _pages], [.. _issues]);
        }

        /// <summary>Whether <paramref name="height"/> more of main text fits, with the notes already on the page.</summary>
        private bool Fits(double height) =>
            _page.Used + height + _page.NoteHeight <= _page.Capacity + Epsilon && _page.Used + height <= _textCapacity + Epsilon;

        /// <summary>
        /// The flow ran past the page at element <paramref name="index"/>: ends the page at the cheapest of the last
        /// places it could end (see <see cref="PageBreakCosts"/>), undoing what came after, and starts the next.
        /// Returns the element the next page starts with.
        /// </summary>
        private int EndFullPage(int index)
        {
            var checkpoints = _page.Checkpoints;
            var best = checkpoints[^1];
            var bestCost = Cost(best, out var bestBroken);
            var weighed = 0;
            for (var c = checkpoints.Count - 2; c >= 0 && weighed < PageBreakCosts.LookBack; c--)
            {
                var candidate = checkpoints[c];
                if (!candidate.HasContent)
                {
                    break;
                }

                if (_elements[candidate.Index] is not (FlowLine or FlowTableRow))
                {
                    continue;
                }

                weighed++;
                var cost = Cost(candidate, out var broken);
                if (cost < bestCost - Epsilon)
                {
                    (best, bestCost, bestBroken) = (candidate, cost, broken);
                }
            }

            if (best.Index != index)
            {
                Rewind(best);
            }

            foreach (var (code, message) in bestBroken)
            {
                _issues.Add(new CompositionIssue(code, PageNumber, SpanNear(best.Index), message));
            }

            _page.Full = true;
            NewPage();
            return best.Index;
        }

        private SourceSpan SpanNear(int index)
        {
            for (var i = Math.Min(index, _elements.Count - 1); i >= 0; i--)
            {
                switch (_elements[i])
                {
                    case FlowLine line:
                        return line.Span;
                    case FlowTableRow row:
                        return row.Span;
                }
            }

            return SourceSpan.None;
        }

        /// <summary>What ending the page before the checkpoint's element costs, and the rules it breaks.</summary>
        private double Cost(Checkpoint at, out List<(string Code, string Message)> broken)
        {
            broken = [];
            var lines = _makeUp.LineHeight > 0 ? _makeUp.LineHeight : 14;
            var room = at.NoteHeight > 0 ? _page.Capacity - at.Used - at.NoteHeight : _textCapacity - at.ContentBottom;
            var cost = PageBreakCosts.Shortness(Math.Max(0, room) / lines);
            if (_makeUp.FlushBottom && at.NoteHeight == 0 && room > Epsilon + 0.5 && room > (at.Stretch * _makeUp.MaximumStretch) + 0.5)
            {
                cost += PageBreakCosts.Unflushable;
            }

            var before = Previous(at.Index);
            var after = Next(at.Index);
            if (before is null)
            {
                return cost;
            }

            if (StrandsHeading(before.Value))
            {
                cost += PageBreakCosts.StrandedHeading;
                broken.Add((FlowDiagnosticCodes.HeadingNotKeptWithText, "a heading ends the page without two lines of its text under it"));
            }

            if (_elements[before.Value] is FlowLine last && after is { } next && _elements[next] is FlowLine first && first.Block.BlockId == last.Block.BlockId)
            {
                if (last.Block.IsFirst)
                {
                    cost += PageBreakCosts.Orphan;
                    broken.Add((FlowDiagnosticCodes.OrphanLeft, "the first line of a paragraph stands alone at the foot of the page"));
                }

                if (first.Block.IsLast)
                {
                    cost += PageBreakCosts.Widow;
                    broken.Add((FlowDiagnosticCodes.WidowLeft, "the last line of a paragraph stands alone at the top of the next page"));
                }

                if (last.EndsWithHyphen)
                {
                    cost += PageBreakCosts.HyphenAtPageTurn;
                }
            }

            return cost;
        }

        /// <summary>Whether a page ending after element <paramref name="last"/> leaves a heading with fewer than two lines of its text.</summary>
        private bool StrandsHeading(int last)
        {
            var textLines = 0;
            for (var i = last; i >= _page.FirstIndex && textLines < 2; i--)
            {
                switch (_elements[i])
                {
                    case FlowLine { KeepWithNext: true }:
                    case FlowTableRow { KeepWithNext: true }:
                        return true;
                    case FlowLine:
                        textLines++;
                        break;
                    case FlowTableRow:
                        // A table's first body row counts as the two lines of text a heading or caption needs below it.
                        return false;
                }
            }

            return false;
        }

        /// <summary>The last line or row on this page before element <paramref name="index"/>.</summary>
        private int? Previous(int index)
        {
            for (var i = index - 1; i >= _page.FirstIndex; i--)
            {
                if (_elements[i] is FlowLine or FlowTableRow)
                {
                    return i;
                }
            }

            return null;
        }

        /// <summary>The first line or row from element <paramref name="index"/> on.</summary>
        private int? Next(int index)
        {
            for (var i = index; i < _elements.Count; i++)
            {
                switch (_elements[i])
                {
                    case FlowLine or FlowTableRow:
                        return i;
                    case FlowPageBreak:
                        return null;
                }
            }

            return null;
        }

        private Checkpoint Checkpoint(int index) => new(
            index, _page.Used, _page.NoteHeight, _page.HasContent, _page.Table, _page.FirstAnchor, _page.Placements.Count, _page.Gaps.Count,
            _page.Notes.Count, _page.PendingStretch, _page.Stretch, _page.ContentBottom, _deferredFigures.Count, _carriedNotes.Count, _issues.Count,
            _page.Notes.Count > 0 ? _page.Notes[^1] : null, _carriedNotes.Count > 0 ? _carriedNotes[0] : null);

        /// <summary>Takes the page back to how it stood before the checkpoint's element was placed.</summary>
        private void Rewind(Checkpoint at)
        {
            _page.Rewind(at);
            _deferredFigures.RemoveRange(at.DeferredFigures, _deferredFigures.Count - at.DeferredFigures);
            _carriedNotes.RemoveRange(at.CarriedNotes, _carriedNotes.Count - at.CarriedNotes);

            // A widow placed over a continued note shortened the page's last note part and the carried rest in place.
            if (at.FirstCarried is { } firstCarried)
            {
                _carriedNotes[0] = firstCarried;
            }
            _issues.RemoveRange(at.Issues, _issues.Count - at.Issues);
        }

        /// <summary>
        /// A paragraph's last line that does not fit under a note continuing on the next page takes the room of that
        /// note's last lines here, which then continue overleaf with the rest: the paragraph ends on its page instead of
        /// leaving a widow, and the note, split anyway, still starts on its marker's page (TeX splits an insertion to
        /// fit the page, <c>\vsplit</c>, so the note gives way before the text does). The note keeps one line here at
        /// least, and its split never falls after a hyphenated line.
        /// </summary>
        private bool TryPlaceWidowOverContinuedNote(FlowLine line, int index)
        {
            if (!line.Notes.IsEmpty || !line.Block.IsLast || line.Block.IsFirst || _carriedNotes.Count == 0 || _page.Notes.Count == 0
                || Previous(index) is not { } previous || _elements[previous] is not FlowLine { Block.BlockId: var block } || block != line.Block.BlockId
                || _page.Used + GridPad(line) + line.Leading > _textCapacity + Epsilon)
            {
                return false;
            }

            var part = _page.Notes[^1];
            var carried = _carriedNotes[0];
            if (part.Note != carried.Note || part.To != carried.From)
            {
                return false;
            }

            var shortage = _page.Used + GridPad(line) + line.Leading + _page.NoteHeight - _page.Capacity - Epsilon;
            var to = part.To;
            var freed = 0.0;
            while (to > part.From + 1 && (freed < shortage || part.Note.Lines[to - 1].EndsWithHyphen))
            {
                to--;
                freed += part.Note.Lines[to].Leading;
            }

            if (freed < shortage || part.Note.Lines[to - 1].EndsWithHyphen)
            {
                return false;
            }

            _page.ReplaceLastNote(part with { To = to }, freed);
            _carriedNotes[0] = carried with { From = to };
            DrawLine(line);
            return true;
        }

        private double NotesHeightIfNew(ImmutableArray<FootnoteBody> notes)
        {
            if (notes.IsEmpty)
            {
                return 0;
            }

            return (_page.Notes.Count == 0 ? _noteStyle.SeparatorHeight : 0) + notes.Sum(n => n.Height);
        }

        private bool TryPlaceLineWithNotes(FlowLine line) => TryPlaceWithNotes(GridPad(line) + line.Leading, line.Notes, line);

        /// <summary>
        /// On a baseline grid, the space a body line is moved down so it starts on a whole number of body leadings from
        /// the block's top (what a heading, figure or gap above took is rounded up); 0 for other lines or without a grid.
        /// </summary>
        private double GridPad(FlowLine line)
        {
            var step = _makeUp.LineHeight;
            if (!_makeUp.BaselineGrid || step <= 0 || Math.Abs(line.Leading - step) > Epsilon)
            {
                return 0;
            }

            var onGrid = Math.Ceiling((_page.Used - Epsilon) / step) * step;
            return Math.Max(0, onGrid - _page.Used);
        }

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

                var fitting = NoteLinesToPlace(note, 0);
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

        /// <summary>
        /// How many lines of a note, from line <paramref name="from"/>, go on this page: all that fit when the rest of
        /// the note fits; when it must continue, no more than leave the page its body lines
        /// (<see cref="PageMakeUp.BodyLinesAboveContinuedNote"/>) — but at least two lines, or one, so the note moves on.
        /// </summary>
        private int NoteLinesToPlace(FootnoteBody note, int from)
        {
            var fitting = FittingNoteLines(note, from, 0);
            if (fitting == note.Lines.Length - from || _ending)
            {
                return NotAfterHyphen(note, from, fitting);
            }

            var reserve = Math.Max(0, (_makeUp.BodyLinesAboveContinuedNote * _makeUp.LineHeight) - _page.Used);
            var reserved = FittingNoteLines(note, from, reserve);
            return NotAfterHyphen(note, from, Math.Max(reserved, Math.Min(fitting, 2)));
        }

        /// <summary>
        /// A note split after <paramref name="count"/> lines from <paramref name="from"/> gives one line less to this page
        /// when the split would fall after a hyphenated line, so no word of a note is cut across a page turn (TeX's
        /// <c>\brokenpenalty</c> applies to \vsplit of an insertion too); the note still starts here with one line at least.
        /// </summary>
        private static int NotAfterHyphen(FootnoteBody note, int from, int count)
        {
            var end = from + count;
            return count > 1 && end < note.Lines.Length && note.Lines[end - 1].EndsWithHyphen ? count - 1 : count;
        }

        private int FittingNoteLines(FootnoteBody note, int from, double reserve)
        {
            var separator = _page.Notes.Count == 0 ? _noteStyle.SeparatorHeight : 0;
            var room = _page.Capacity - _page.Used - _page.NoteHeight - separator - reserve + Epsilon;
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
            _page.Used += GridPad(line);
            var baseline = _area.Top + _page.Used + ((line.Leading + line.Line.Ascent - line.Line.Descent) / 2);
            _page.Draw(shift => line.Line.Place(line.X, baseline + shift), line.Leading);
            _page.MarkContent(line.Anchor);
        }

        private void DrawFigure(FlowFigure figure)
        {
            // A figure is set off by white above and below, which stretches like the space between paragraphs.
            if (_page.HasContent)
            {
                _page.AddGap(_makeUp.LineHeight * FigureStretch);
            }

            var top = _area.Top + _page.Used;
            _page.Draw(shift => figure.Draw(_area.Left, top + shift), figure.Height);
            _page.AddGap(_makeUp.LineHeight * FigureStretch);
            _page.MarkContent(figure.Anchor);
        }

        public Action? PageComposed { get; init; }

        private ComposedPage FinishPage()
        {
            PageComposed?.Invoke();
            var flush = _makeUp.FlushBottom && _page.Full && _page.Notes.Count == 0;
            return _page.Finish(_area, _noteStyle, flush ? _textCapacity : null, _makeUp.MaximumStretch);
        }

        private void NewPage()
        {
            _pages.Add(FinishPage());
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

                var fitting = NoteLinesToPlace(part.Note, part.From);
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

            while (_deferredFigures.Count > 0 && (Fits(_deferredFigures[0].Height) || !_page.HasContent))
            {
                var figure = _deferredFigures[0];
                _deferredFigures.RemoveAt(0);
                DrawFigure(figure);
            }
        }
    }

    /// <summary>Lines [<see cref="From"/>, <see cref="To"/>) of a note placed on one page.</summary>
    private sealed record NotePart(FootnoteBody Note, int From, int To)
    {
        public double Height => Note.Lines.Skip(From).Take(To - From).Sum(l => l.Leading);
    }

    /// <summary>How a page stood before element <see cref="Index"/> was placed on it: what a page break there would undo.</summary>
    private readonly record struct Checkpoint(
        int Index, double Used, double NoteHeight, bool HasContent, int Table, Model.Pages.ContentAnchor? FirstAnchor, int Placements, int Gaps,
        int Notes, double PendingStretch, double Stretch, double ContentBottom, int DeferredFigures, int CarriedNotes, int Issues,
        NotePart? LastNote, NotePart? FirstCarried);

    /// <summary>Something drawn on a page once it is settled, moved down by the stretch of the spaces above it.</summary>
    private readonly record struct Placement(Func<double, IEnumerable<FrameItem>> Draw);

    /// <summary>A space before placement <see cref="Before"/> that may stretch in proportion to <see cref="Weight"/>.</summary>
    private readonly record struct Gap(int Before, double Weight);

    private sealed class Page
    {
        public Page(double capacity) => Capacity = capacity;

        public double Capacity { get; }

        public double Used { get; set; }

        public double NoteHeight { get; private set; }

        public bool HasContent { get; private set; }

        /// <summary>The page ended because the flow ran past it (not at a forced break or the end), so its bottom may be flushed.</summary>
        public bool Full { get; set; }

        /// <summary>The table whose row was placed last on this page (-1: none yet), so its header is not repeated under itself.</summary>
        public int Table { get; set; } = -1;

        public List<Placement> Placements { get; } = [];

        public List<Gap> Gaps { get; } = [];

        /// <summary>The stretchable space placed since the last placement (it stretches only if something follows it).</summary>
        public double PendingStretch { get; private set; }

        /// <summary>The stretchable space between placements so far.</summary>
        public double Stretch { get; private set; }

        /// <summary>Where the last placement ends, from the top of the text area (trailing space not counted).</summary>
        public double ContentBottom { get; private set; }

        public List<NotePart> Notes { get; } = [];

        public List<Checkpoint> Checkpoints { get; } = [];

        /// <summary>The first element placed on this page (after carried notes and floated figures).</summary>
        public int FirstIndex => Checkpoints.Count > 0 ? Checkpoints[0].Index : 0;

        public Model.Pages.ContentAnchor? FirstAnchor { get; private set; }

        public void MarkContent(Model.Pages.ContentAnchor? anchor)
        {
            HasContent = true;
            FirstAnchor ??= anchor;
        }

        public void Draw(Func<double, IEnumerable<FrameItem>> draw, double height)
        {
            Placements.Add(new Placement(draw));
            Used += height;
            ContentBottom = Used;
            Stretch += PendingStretch;
            PendingStretch = 0;
        }

        public void AddGap(double weight)
        {
            if (weight > 0)
            {
                Gaps.Add(new Gap(Placements.Count, weight));
                PendingStretch += weight;
            }
        }

        public void AddNote(NotePart part, FootnoteAreaStyle style)
        {
            NoteHeight += (Notes.Count == 0 ? style.SeparatorHeight : 0) + part.Height;
            Notes.Add(part);
        }

        /// <summary>Replaces the last note part with a shorter one, <paramref name="freed"/> points less tall.</summary>
        public void ReplaceLastNote(NotePart part, double freed)
        {
            Notes[^1] = part;
            NoteHeight -= freed;
        }

        public void Rewind(Checkpoint at)
        {
            Used = at.Used;
            NoteHeight = at.NoteHeight;
            HasContent = at.HasContent;
            Table = at.Table;
            FirstAnchor = at.FirstAnchor;
            Placements.RemoveRange(at.Placements, Placements.Count - at.Placements);
            Gaps.RemoveRange(at.Gaps, Gaps.Count - at.Gaps);
            Notes.RemoveRange(at.Notes, Notes.Count - at.Notes);
            if (at.LastNote is { } lastNote)
            {
                Notes[^1] = lastNote;
            }
            PendingStretch = at.PendingStretch;
            Stretch = at.Stretch;
            ContentBottom = at.ContentBottom;
        }

        /// <param name="flushTo">Where the text of a flush page ends (from the text area's top); null leaves the bottom ragged.</param>
        public ComposedPage Finish(PageArea area, FootnoteAreaStyle style, double? flushTo, double maximumStretch)
        {
            var items = new List<FrameItem>();
            var ratio = 0.0;
            var room = flushTo is { } bottom ? bottom - ContentBottom : 0;
            if (room > 0.01 && Stretch > 0 && room <= (Stretch * maximumStretch) + 0.01)
            {
                ratio = room / Stretch;
            }

            var gap = 0;
            var shift = 0.0;
            for (var p = 0; p < Placements.Count; p++)
            {
                for (; gap < Gaps.Count && Gaps[gap].Before <= p; gap++)
                {
                    shift += Gaps[gap].Weight * ratio;
                }

                items.AddRange(Placements[p].Draw(shift));
            }

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
