using System.Collections.Immutable;
using System.Globalization;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;
using Publish.Model.Pages;
using Publish.Styles;
using Publish.Typesetting.Flow;
using Publish.Typesetting.Frames;
using Publish.Typesetting.Inline;

namespace Publish.Typesetting.Layout;

/// <summary>
/// Turns a document into the vertical flow of the print edition: title block, body, bibliography, citation and
/// about-the-author, each block set into lines in its role's style, with each note set for the page foot and
/// attached to the line of its first marker. Headings and named destinations get ids the outline refers to.
/// </summary>
internal sealed class FlowBuilder
{
    private readonly HouseStyle _style;
    private readonly TypesetterPool _typesetters;
    private readonly DiagnosticBag _diagnostics;
    private readonly string _language;
    private readonly EditionLabels _labels;
    private readonly List<FlowElement> _elements = [];
    private readonly HashSet<int> _notesSet = [];
    private readonly List<OutlineTarget> _outline = [];
    private readonly StructureBuilder _structure;
    private readonly double? _minimumDpi;
    private int _blockId;

    /// <summary>The structure element new blocks are children of (the document, a block quote, a list item).</summary>
    private int _parent;

    /// <param name="minimumDpi">When set, a figure printed at a lower effective resolution gets a warning.</param>
    public FlowBuilder(HouseStyle style, TypesetterPool typesetters, string language, DiagnosticBag diagnostics, StructureBuilder structure, double? minimumDpi = null)
    {
        _style = style;
        _typesetters = typesetters;
        _language = language;
        _labels = EditionLabels.ForLanguage(language);
        _diagnostics = diagnostics;
        _structure = structure;
        _parent = structure.Root;
        _minimumDpi = minimumDpi;
    }

    private double Left => _style.Page.Margins.Inner;

    private double Measure => _style.Page.TextWidth;

    private TextStyles Text => _style.Text;

    /// <summary>
    /// Makes typesetter pools for helper threads that set the book's paragraphs ahead of the flow; null keeps
    /// everything on the calling thread.
    /// </summary>
    public Func<TypesetterPool>? HelperPools { get; init; }

    /// <summary>How many helpers: null for as many as there are idle cores.</summary>
    public int? HelperCount { get; init; }

    /// <summary>Outline entries in reading order: title, destination name and level.</summary>
    public IReadOnlyList<OutlineTarget> Outline => _outline;

    /// <summary>
    /// The document's flow. <paramref name="progress"/> hears the share of the body set so far (0–1), for a
    /// progress bar on long books; it is called on this thread.
    /// </summary>
    public IReadOnlyList<FlowElement> Build(Document document, Action<double>? progress = null)
    {
        _noteContent = document.Notes.ToDictionary(n => n.Number);
        TitleBlock(document);
        using var prefetch = StartPrefetch(document);
        _prefetch = prefetch;
        Abstract(document.FrontMatter);
        var indentNext = false;
        for (var i = 0; i < document.Body.Length; i++)
        {
            indentNext = BodyBlock(document.Body[i], ContentRegion.Body, i, indentNext, Left, Measure);
            progress?.Invoke((i + 1) / (double)document.Body.Length);
        }

        if (!document.Bibliography.IsDefaultOrEmpty)
        {
            EndMatterHeading(_labels.Bibliography, "bibliography", Text.Heading1);
            for (var i = 0; i < document.Bibliography.Length; i++)
            {
                var entry = document.Bibliography[i];
                Paragraph(entry.Content, Text.Bibliography, Left, Measure, 0, new ContentAnchor(ContentRegion.Bibliography, i, 0), entry.Span, hang: Text.Bibliography.HangingIndent, role: StructureRole.BibliographyEntry);
            }
        }

        if (!document.Citation.IsDefaultOrEmpty)
        {
            EndMatterHeading(_labels.Citation, "citation", Text.Heading3);
            Paragraph(document.Citation, Text.Bibliography, Left, Measure, 0, new ContentAnchor(ContentRegion.Citation, 0, 0), document.Citation[0].Span);
        }

        if (!document.AboutAuthor.IsDefaultOrEmpty)
        {
            EndMatterHeading(_labels.AboutAuthor, "about-author", Text.Heading3);
            for (var i = 0; i < document.AboutAuthor.Length; i++)
            {
                BodyBlock(document.AboutAuthor[i], ContentRegion.AboutAuthor, i, false, Left, Measure);
            }
        }

        _prefetch = null;
        return _elements;
    }

    private ParagraphPrefetch? StartPrefetch(Document document)
    {
        if (HelperPools is null)
        {
            return null;
        }

        var plan = ParagraphPlan.For(document, _style);

        // The hyphenation patterns are shared: whichever thread first asked for a language with none would get
        // the warning. Asking here, on this thread, before any helper starts, keeps it where the flow reports it.
        if (plan.FirstOrDefault(r => StyleMapping.Paragraph(r.Style, r.Measure, _language, r.Indent, r.Hyphenate).Hyphenate) is { } first)
        {
            _typesetters.Hyphenation?.For(_language, _diagnostics, first.Content[0].Span);
        }

        return ParagraphPrefetch.Start(plan, _language, HelperPools, _glyphSources, HelperCount);
    }

    private void TitleBlock(Document document)
    {
        var m = document.Metadata;
        _outline.Add(new OutlineTarget(m.Title, "title", 1));
        Paragraph([new TextInline(m.Title, document.Body.FirstOrDefault()?.Span ?? SourceSpan.None)], Text.Title, Left, Measure, 0, null, SourceSpan.None, keepWithNext: true, destination: "title", role: StructureRole.Heading1);
        if (!string.IsNullOrWhiteSpace(m.Subtitle))
        {
            Paragraph([new TextInline(m.Subtitle, SourceSpan.None)], Text.Author, Left, Measure, 0, null, SourceSpan.None, keepWithNext: true);
        }

        if (!m.Authors.IsDefaultOrEmpty)
        {
            Paragraph([new TextInline(string.Join(", ", m.Authors), SourceSpan.None)], Text.Author, Left, Measure, 0, null, SourceSpan.None, keepWithNext: true);
        }
    }

    /// <summary>
    /// The front matter (a Markdown manuscript's abstract) between the title block and the body: labelled, and
    /// inset on both sides like a quotation so it does not read as the body's first paragraph.
    /// </summary>
    private void Abstract(ImmutableArray<Block> frontMatter)
    {
        if (frontMatter.IsDefaultOrEmpty)
        {
            return;
        }

        EndMatterHeading(_labels.Abstract, "abstract", Text.Heading3);
        var inset = Text.Body.Size * 1.5;
        var indent = false;
        for (var i = 0; i < frontMatter.Length; i++)
        {
            indent = BodyBlock(frontMatter[i], ContentRegion.FrontMatter, i, indent, Left + inset, Measure - (2 * inset));
        }

        _elements.Add(new FlowSpace(Text.Body.Leading));
    }

    /// <summary>Sets one block; returns whether a paragraph following it takes a first-line indent.</summary>
    private bool BodyBlock(Block block, ContentRegion region, int index, bool indent, double left, double measure)
    {
        var anchor = new ContentAnchor(region, index, 0);
        switch (block)
        {
            case HeadingBlock heading:
                var name = "sec-" + (_outline.Count + 1).ToString(CultureInfo.InvariantCulture);
                _outline.Add(new OutlineTarget(PlainText.Of(heading.Content, withNoteMarkers: false), name, heading.Level + 1));
                Paragraph(heading.Content, Text.ForHeading(heading.Level), left, measure, 0, anchor, heading.Span, keepWithNext: true, destination: name, role: HeadingRole(heading.Level + 1));
                return false;
            case ParagraphBlock paragraph:
                Paragraph(paragraph.Content, Text.Body, left, measure, indent ? Text.Body.FirstLineIndent : 0, anchor, paragraph.Span);
                return Text.Body.FirstLineIndent > 0;
            case FigureBlock figure:
                Figure(figure, anchor);
                return false;
            case BlockQuoteBlock quote:
                var inset = Text.Body.Size * 1.5;
                var quoteIndent = false;
                var outer = _parent;
                _parent = _structure.Add(outer, StructureRole.BlockQuote);
                _elements.Add(new FlowSpace(Text.Body.Leading / 2));
                foreach (var child in quote.Children)
                {
                    quoteIndent = BodyBlock(child, region, index, quoteIndent, left + inset, measure - (2 * inset));
                }

                _elements.Add(new FlowSpace(Text.Body.Leading / 2));
                _parent = outer;
                return false;
            case ListBlock list:
                List(list, region, index, left, measure);
                return false;
            case CodeBlock code:
                CodeLines(code, anchor, left, measure);
                return false;
            case ThematicBreakBlock breakBlock:
                _elements.Add(new FlowSpace(Text.Body.Leading / 2));
                // An ornament, not text: tagged as an artifact (role null) so a reader does not announce "star star star".
                Paragraph([new TextInline("*\u2003*\u2003*", breakBlock.Span)], Text.Body with { Alignment = Styles.TextAlignment.Centered, FirstLineIndent = 0 }, left, measure, 0, anchor, breakBlock.Span, role: null);
                _elements.Add(new FlowSpace(Text.Body.Leading / 2));
                return false;
            default:
                throw new InvalidOperationException($"Unknown block kind {block.GetType().Name}.");
        }
    }

    private void List(ListBlock list, ContentRegion region, int index, double left, double measure)
    {
        var inset = Text.Body.Size * 1.5;
        var outer = _parent;
        var listElement = _structure.Add(outer, StructureRole.List);
        for (var i = 0; i < list.Items.Length; i++)
        {
            var item = list.Items[i];
            _parent = _structure.Add(_structure.Add(listElement, StructureRole.ListItem), StructureRole.ListBody);
            var label = list.Ordered ? (list.Start + i).ToString(CultureInfo.InvariantCulture) + ". " : "• ";
            var first = true;
            foreach (var child in item.Children)
            {
                if (first && child is ParagraphBlock p)
                {
                    Paragraph([new TextInline(label, p.Span), .. p.Content], Text.Body, left + inset, measure - inset, 0, new ContentAnchor(region, index, 0), p.Span, hang: 0);
                }
                else
                {
                    BodyBlock(child, region, index, false, left + inset, measure - inset);
                }

                first = false;
            }
        }

        _parent = outer;
    }

    private void CodeLines(CodeBlock code, ContentAnchor anchor, double left, double measure)
    {
        var style = Text.Code;
        _elements.Add(new FlowSpace(style.SpaceBefore));
        var lines = code.Text.Split('\n');
        var id = _blockId++;
        var tag = new StructureTag(_structure, _structure.Add(_parent, StructureRole.Code));
        for (var i = 0; i < lines.Length; i++)
        {
            var layout = Set([new CodeInline(lines[i].Length == 0 ? " " : lines[i], code.Span)], style, measure, 0, hyphenate: false);
            foreach (var line in layout.Lines)
            {
                _elements.Add(new FlowLine(new PlacedLine(line, StyleMapping.Color(style.Color), tag: tag), left, style.Leading, [], new BlockPosition(id, i, lines.Length), false, i == 0 ? anchor : null, code.Span));
            }
        }

        _elements.Add(new FlowSpace(style.SpaceAfter));
    }

    private void EndMatterHeading(string title, string destination, TextStyle style)
    {
        _outline.Add(new OutlineTarget(title, destination, 2));
        Paragraph([new TextInline(title, SourceSpan.None)], style, Left, Measure, 0, null, SourceSpan.None, keepWithNext: true, destination: destination, role: StructureRole.Heading2);
    }

    private void Figure(FigureBlock figure, ContentAnchor anchor)
    {
        var caption = Text.Caption;
        var captionLayout = Set(figure.Caption, caption, Measure, 0, hyphenate: false);
        var size = figure.Image is { } image ? ImageSize.Read(image.Path) : null;
        var (width, height) = (0.0, 0.0);
        if (size is { Width: > 0, Height: > 0 } pixels)
        {
            // Scale to the text width, capped at 45 % of the text height so a portrait photo leaves room for text.
            width = Measure;
            height = width * pixels.Height / pixels.Width;
            var cap = _style.Page.TextHeight * 0.45;
            if (height > cap)
            {
                width *= cap / height;
                height = cap;
            }
        }

        if (size is { Width: > 0 } printed && width > 0)
        {
            WarnIfLowResolution(figure, printed.Width, width);
        }

        var gap = height > 0 ? caption.SpaceBefore : 0;

        // Equal white space above the photo and below its caption, so the figure reads as one unit set off from the
        // text on both sides (the caption's small space-before is the photo-to-caption gap, too tight above a photo).
        var above = height > 0 ? Math.Max(caption.SpaceBefore, caption.SpaceAfter) : caption.SpaceBefore;
        var total = above + height + gap + captionLayout.Height + caption.SpaceAfter;
        var left = Left;
        var measure = Measure;
        var captionColor = StyleMapping.Color(caption.Color);
        var alt = figure.Image?.AltText ?? PlainText.Of(figure.Caption, withNoteMarkers: false);

        // The caption is the figure's sibling, not its child: a reader replaces a Figure by its /Alt, so a caption
        // inside it would never be read.
        var figureTag = height > 0 ? new StructureTag(_structure, _structure.Add(_parent, StructureRole.Figure, string.IsNullOrWhiteSpace(alt) ? "Photo" : alt)) : null;
        var captionTag = captionLayout.Lines.IsEmpty ? null : new StructureTag(_structure, _structure.Add(_parent, StructureRole.Caption));
        IEnumerable<FrameItem> Draw(double x, double y)
        {
            var top = y + above;
            if (height > 0)
            {
                yield return figureTag!.Apply(new ImageItem(figure.Image!.Path, left + ((measure - width) / 2), top, width, height, alt));
                top += height + gap;
            }

            foreach (var line in captionLayout.Lines)
            {
                var offset = (measure - line.Width) / 2;
                var baseline = top + ((caption.Leading + line.Ascent - line.Descent) / 2);
                foreach (var item in line.ToFrameItems(left + offset, baseline, captionColor))
                {
                    yield return captionTag!.Apply(item);
                }

                top += caption.Leading;
            }
        }

        _elements.Add(new FlowFigure(total, Draw, anchor));

        // A caption's notes travel with the next text line: figures float, and that line is where reading resumes.
        foreach (var line in captionLayout.Lines)
        {
            _captionNotes.AddRange(NewNotes(line));
        }
    }

    /// <summary>Notes first referenced in a caption, waiting for the next text line to carry them.</summary>
    private readonly List<FootnoteBody> _captionNotes = [];

    private ParagraphPrefetch? _prefetch;

    /// <summary>
    /// Characters already reported as missing (their messages): each is reported once per manuscript, at its first
    /// use in reading order; what the footer reported before the flow counts.
    /// </summary>
    private HashSet<string>? _missingReported;

    /// <summary>The manuscript's text, read once for the positions of missing characters, by every thread.</summary>
    private readonly Fonts.MissingGlyphLedger _glyphSources = new();

    /// <summary>
    /// Sets a paragraph, or takes it from the helpers when they have set (or are setting) it. Either way it
    /// reports into a bag of its own, merged here in reading order, so the diagnostics do not depend on threads.
    /// </summary>
    private ParagraphLayout Set(ImmutableArray<Model.Inlines.Inline> content, TextStyle style, double measure, double indent, bool hyphenate = true, object? key = null)
    {
        var prefetched = _prefetch?.TryTake(key ?? ParagraphPlan.KeyOf(content), style, measure, indent, hyphenate, _typesetters);
        var (layout, diagnostics) = prefetched ?? SetHere(content, style, measure, indent, hyphenate);
        if (diagnostics.Count == 0)
        {
            // Nearly every paragraph: nothing to merge, and sorting an empty bag still allocated.
            return layout;
        }

        _missingReported ??= [.. _diagnostics.ToImmutableSorted().Where(d => d.Code == TypesettingDiagnosticCodes.MissingGlyph).Select(d => d.Message)];
        foreach (var diagnostic in diagnostics.ToImmutableSorted())
        {
            if (diagnostic.Code != TypesettingDiagnosticCodes.MissingGlyph || _missingReported.Add(diagnostic.Message))
            {
                _diagnostics.Add(diagnostic);
            }
        }

        return layout;
    }

    private (ParagraphLayout, DiagnosticBag) SetHere(ImmutableArray<Model.Inlines.Inline> content, TextStyle style, double measure, double indent, bool hyphenate)
    {
        var diagnostics = new DiagnosticBag();
        var layout = _typesetters.For(style.Family).Typeset(content, StyleMapping.Paragraph(style, measure, _language, indent, hyphenate), diagnostics, new Fonts.MissingGlyphReporter(_glyphSources));
        return (layout, diagnostics);
    }

    private void Paragraph(
        ImmutableArray<Model.Inlines.Inline> content,
        TextStyle style,
        double left,
        double measure,
        double indent,
        ContentAnchor? anchor,
        SourceSpan span,
        bool keepWithNext = false,
        string? destination = null,
        double hang = 0,
        StructureRole? role = StructureRole.Paragraph)
    {
        // Hanging indent: every line after the first starts `hang` further right and is that much shorter.
        var layout = Set(content, style, measure - hang, indent);
        if (layout.Lines.IsEmpty)
        {
            return;
        }

        var id = _blockId++;
        var tag = role is { } r ? new StructureTag(_structure, _structure.Add(_parent, r)) : null;
        var color = StyleMapping.Color(style.Color);
        _elements.Add(new FlowSpace(style.SpaceBefore));
        var offset = 0;
        for (var i = 0; i < layout.Lines.Length; i++)
        {
            var line = layout.Lines[i];
            var shift = style.Alignment == Styles.TextAlignment.Centered ? (measure - line.Width) / 2 : 0;
            ImmutableArray<Func<double, double, FrameItem>> extras = i == 0 && destination is not null
                ? [(x, y) => new DestinationItem(destination, x, y)]
                : [];
            var notes = NewNotes(line);
            if (_captionNotes.Count > 0)
            {
                notes = [.. _captionNotes, .. notes];
                _captionNotes.Clear();
            }

            var lineAnchor = anchor is null ? null : anchor with { TextOffset = anchor.TextOffset + offset };
            _elements.Add(new FlowLine(
                new PlacedLine(line, color, shift, extras, tag),
                left + (i > 0 ? hang : 0),
                style.Leading,
                notes,
                new BlockPosition(id, i, layout.Lines.Length),
                keepWithNext,
                lineAnchor,
                span));
            offset += line.SourceLength + (line.Hyphenated ? 0 : 1);
        }

        _elements.Add(new FlowSpace(style.SpaceAfter));
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
            if (_notesSet.Add(marker.NoteNumber) && _noteContent.TryGetValue(marker.NoteNumber, out var note))
            {
                notes.Add(SetNote(note));
            }
        }

        return notes.ToImmutable();
    }

    private Dictionary<int, Note> _noteContent = [];

    /// <summary>
    /// A note's lines: "N. text", the first line carrying the destination <c>fn{N}</c> and a link back to the
    /// marker (<c>fnref{N}</c>) over its number.
    /// </summary>
    private FootnoteBody SetNote(Note note)
    {
        var style = Text.Note;
        var color = StyleMapping.Color(style.Color);
        var number = note.Number.ToString(CultureInfo.InvariantCulture);
        var lines = ImmutableArray.CreateBuilder<NoteLine>();
        var first = true;

        // Notes hang off the document, right after the block that refers to them (their id follows its id).
        var tag = new StructureTag(_structure, _structure.Add(_structure.Root, StructureRole.Note));
        foreach (var block in note.Content.IsDefaultOrEmpty ? [new ParagraphBlock([], note.Span)] : note.Content)
        {
            var layout = Set(ParagraphPlan.NoteBlockContent(note, block, first), style, Measure, 0, key: block);
            for (var i = 0; i < layout.Lines.Length; i++)
            {
                ImmutableArray<Func<double, double, FrameItem>> extras = first && i == 0
                    ? [(x, y) => new DestinationItem("fn" + number, x, y), (x, y) => new LinkItem(x, y, style.Size * (number.Length + 1) * 0.55, style.Leading, null, "fnref" + number)]
                    : [];
                lines.Add(new NoteLine(new PlacedLine(layout.Lines[i], color, 0, extras, tag), Left, style.Leading));
            }

            first = false;
        }

        return new FootnoteBody(note.Number, lines.ToImmutable());
    }

    private static StructureRole HeadingRole(int level) => level switch
    {
        <= 1 => StructureRole.Heading1,
        2 => StructureRole.Heading2,
        3 => StructureRole.Heading3,
        4 => StructureRole.Heading4,
        5 => StructureRole.Heading5,
        _ => StructureRole.Heading6,
    };

    /// <summary>
    /// Effective resolution = pixels across ÷ printed width in inches. Below the threshold a photo prints soft or
    /// pixelated on press; the author should supply a larger file or the figure be printed smaller.
    /// </summary>
    private void WarnIfLowResolution(FigureBlock figure, int pixelsWide, double printedWidthPoints)
    {
        if (_minimumDpi is not { } minimum)
        {
            return;
        }

        var dpi = pixelsWide / (printedWidthPoints / 72.0);
        if (dpi < minimum)
        {
            _diagnostics.Warning(
                FlowDiagnosticCodes.LowResolutionImage,
                figure.Span,
                string.Create(CultureInfo.InvariantCulture, $"the image '{Path.GetFileName(figure.Image!.Path)}' prints at {dpi:0} dpi ({pixelsWide} pixels across {printedWidthPoints / 72.0 * 25.4:0.#} mm); press printing needs {minimum:0} dpi"));
        }
    }
}
