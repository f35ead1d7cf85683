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
using Publish.Typesetting.Paragraphs;

namespace Publish.Typesetting.Layout.Realize;

/// <summary>
/// The first stage of the print layout: document + house style → <see cref="Realization"/>, the ordered list of
/// everything to set and place (title block, abstract, body, bibliography, citation, about-the-author), each with
/// its role, style, column, indent, keeps, anchor, destination and structure group. Pure: it reads no file, starts
/// no thread and reports nothing; a photo's size comes from the facts the reader measured.
/// </summary>
internal sealed partial class Realizer
{
    private readonly HouseStyle _style;
    private readonly double? _minimumDpi;

    /// <summary>A proof copy: a missing photo gets a placeholder frame (the CLI's <c>--draft</c>).</summary>
    private readonly bool _draft;
    private readonly EditionLabels _labels;
    private readonly Dictionary<int, Note> _noteContent;
    private readonly int _numberDigits;
    private readonly List<RealizedBlock> _blocks = [];
    private readonly List<ParagraphRequest> _requests = [];
    private readonly Dictionary<int, RealizedNote> _notes = [];
    private readonly HashSet<int> _notesSeen = [];
    private readonly List<OutlineTarget> _outline = [];
    private readonly List<ProgressMark> _progress = [];
    private int _groups;

    /// <summary>The text styles blocks are set in: the house style's, or a styled div's (smaller, italic) inside it.</summary>
    private TextStyles _text;

    /// <summary>The language paragraphs hyphenate in: null for the document's, else the innermost div's <c>lang</c>.</summary>
    private string? _language;

    /// <summary>The document's language, which picks a styled div's label.</summary>
    private readonly string? _documentLanguage;

    /// <summary>What a body heading's level adds to give its outline and structure level (see <see cref="HeadingLevel"/>).</summary>
    private readonly int _headingShift;

    /// <summary>The level of the last heading placed: the title's 1 at first.</summary>
    private int _lastHeadingLevel = 1;

    /// <summary>The structure group new blocks belong to: null for the document, else a quote, list item body….</summary>
    private int? _parent;

    private Realizer(Document document, HouseStyle style, double? minimumDpi, bool draft)
    {
        _style = style;
        _draft = draft;
        _minimumDpi = minimumDpi;
        _labels = EditionLabels.ForLanguage(document.Metadata.Language);
        _noteContent = document.Notes.ToDictionary(n => n.Number);
        _numberDigits = _noteContent.Count == 0 ? 1 : _noteContent.Keys.Max().ToString(CultureInfo.InvariantCulture).Length;
        _text = style.Text;
        _documentLanguage = document.Metadata.Language;

        // The title is the one level-1 heading; the body's shallowest headings are its sections, at level 2 like the
        // abstract and the bibliography beside them. A manuscript whose own "# Title" was taken for the title starts
        // its sections at "##": shifting by one more would nest them under the abstract, not beside it (the EPUB
        // writes them as siblings).
        var shallowest = document.Body.OfType<HeadingBlock>().Select(h => h.Level).DefaultIfEmpty(1).Min();
        _headingShift = 2 - Math.Max(1, shallowest);
    }

    private double Left => _style.Page.Margins.Inner;

    private double Measure => _style.Page.TextWidth;

    private TextStyles Text => _text;

    /// <param name="minimumDpi">When set, a photo printed at a lower effective resolution carries a warning.</param>
    /// <param name="draft">A proof copy: a missing photo is set as a ruled placeholder frame naming the file looked for.</param>
    public static Realization Realize(Document document, HouseStyle style, double? minimumDpi = null, bool draft = false) =>
        new Realizer(document, style, minimumDpi, draft).Run(document);

    private Realization Run(Document document)
    {
        TitleBlock(document);
        Abstract(document.FrontMatter);
        var indentNext = false;
        for (var i = 0; i < document.Body.Length; i++)
        {
            if (i == document.BibliographyIndex)
            {
                BibliographyEntries(document.Bibliography);
                indentNext = false;
            }

            indentNext = BodyBlock(document.Body[i], ContentRegion.Body, i, indentNext, Left, Measure);
            _progress.Add(new ProgressMark(_requests.Count, (i + 1) / (double)document.Body.Length));
        }

        if (!document.Bibliography.IsDefaultOrEmpty && (document.BibliographyIndex ?? document.Body.Length) >= document.Body.Length)
        {
            // Placed by a {#refs} div after the last block, the bibliography is under the author's heading.
            if (document.BibliographyIndex is null)
            {
                EndMatterHeading(document.BibliographyHeading ?? _labels.Bibliography, "bibliography", Text.Heading1);
            }

            BibliographyEntries(document.Bibliography);
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

        return new Realization([.. _blocks], [.. _requests], _notes, [.. _outline], [.. _progress]);
    }

    private void BibliographyEntries(ImmutableArray<BibliographyEntry> entries)
    {
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            Paragraph(entry.Content, Text.Bibliography, Left, Measure, 0, new ContentAnchor(ContentRegion.Bibliography, i, 0), entry.Span, hang: Text.Bibliography.HangingIndent, role: StructureRole.BibliographyEntry,
                destination: entry.Id is { } id ? CrossReferenceDestination.For(id) : null);
        }
    }

    private void TitleBlock(Document document)
    {
        var m = document.Metadata;
        _outline.Add(new OutlineTarget(m.Title, "title", 1));

        // The space under the title block is the block's, whichever line ends it: a title with no subtitle or byline
        // under it closes the block with the byline's space (the style's title space-after is the gap between the title
        // and its byline), or the body would start a few points under the title, cramped beside every article with one.
        var alone = string.IsNullOrWhiteSpace(m.Subtitle) && m.Authors.IsDefaultOrEmpty;
        var title = alone ? Text.Title with { SpaceAfter = Math.Max(Text.Title.SpaceAfter, Text.Author.SpaceAfter) } : Text.Title;
        Paragraph([new TextInline(m.Title, document.Body.FirstOrDefault()?.Span ?? SourceSpan.None)], title, Left, Measure, 0, null, SourceSpan.None, keepWithNext: true, destination: "title", role: StructureRole.Heading1, display: true);
        if (!string.IsNullOrWhiteSpace(m.Subtitle))
        {
            Paragraph([new TextInline(m.Subtitle, SourceSpan.None)], Text.Author, Left, Measure, 0, null, SourceSpan.None, keepWithNext: true, display: true);
        }

        if (!m.Authors.IsDefaultOrEmpty)
        {
            Paragraph([new TextInline(string.Join(", ", m.Authors), SourceSpan.None)], Text.Author, Left, Measure, 0, null, SourceSpan.None, keepWithNext: true, display: true);
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

        // A section of its own, heading included, as the EPUB's abstract section: what follows is not in it.
        var outer = _parent;
        _parent = Group(outer, StructureRole.Section);
        EndMatterHeading(_labels.Abstract, "abstract", Text.Heading3);
        var inset = Text.Body.Size * 1.5;
        var indent = false;
        for (var i = 0; i < frontMatter.Length; i++)
        {
            indent = BodyBlock(frontMatter[i], ContentRegion.FrontMatter, i, indent, Left + inset, Measure - (2 * inset));
        }

        _parent = outer;

        _blocks.Add(new RealizedSpace(Text.Body.Leading));
    }

    /// <summary>Realizes one block; returns whether a paragraph following it takes a first-line indent.</summary>
    private bool BodyBlock(Block block, ContentRegion region, int index, bool indent, double left, double measure)
    {
        var anchor = new ContentAnchor(region, index, 0);
        switch (block)
        {
            case HeadingBlock heading:
                var name = "sec-" + (_outline.Count + 1).ToString(CultureInfo.InvariantCulture);
                var level = HeadingLevel(heading.Level);
                _outline.Add(new OutlineTarget(PlainText.Of(heading.Content, withNoteMarkers: false), name, level));
                Paragraph(heading.Content, Text.ForHeading(heading.Level), left, measure, 0, anchor, heading.Span, keepWithNext: true, destination: name, role: HeadingRole(level), display: true);
                return false;
            case ParagraphBlock paragraph:
                Paragraph(paragraph.Content, Text.Body, left, measure, indent ? Text.Body.FirstLineIndent : 0, anchor, paragraph.Span);
                return Text.Body.FirstLineIndent > 0;
            case FigureBlock figure:
                // A figure floats to where it fits: the paragraph after it continues the text before it, so it keeps the
                // indent it would have had without the figure (none after a heading, the body's after a paragraph).
                Figure(figure, anchor);
                return indent;
            case BlockQuoteBlock quote:
                var inset = Text.Body.Size * 1.5;
                var quoteIndent = false;
                var outer = _parent;
                _parent = Group(outer, StructureRole.BlockQuote);
                _blocks.Add(new RealizedSpace(Text.Body.Leading / 2));
                foreach (var child in quote.Children)
                {
                    quoteIndent = BodyBlock(child, region, index, quoteIndent, left + inset, measure - (2 * inset));
                }

                _blocks.Add(new RealizedSpace(Text.Body.Leading / 2));
                _parent = outer;
                return false;
            case ListBlock list:
                List(list, region, index, left, measure);
                return false;
            case CodeBlock code:
                Code(code, anchor, left, measure);
                return false;
            case TableBlock table:
                Table(table, region, index, left, measure);
                return false;
            case DefinitionListBlock definitions:
                DefinitionList(definitions, region, index, left, measure);
                return false;
            case DivBlock div:
                return Div(div, region, index, indent, left, measure);
            case MathBlock math:
                DisplayMath(math, anchor, left, measure);
                return false;
            case ThematicBreakBlock breakBlock:
                _blocks.Add(new RealizedSpace(Text.Body.Leading / 2));
                // An ornament, not text: an artifact (role null) so a reader does not announce "star star star".
                Paragraph([new TextInline(SceneBreak, breakBlock.Span)], Text.Body with { Alignment = Styles.TextAlignment.Centered, FirstLineIndent = 0 }, left, measure, 0, anchor, breakBlock.Span, role: null);
                _blocks.Add(new RealizedSpace(Text.Body.Leading / 2));
                return false;
            default:
                throw new InvalidOperationException($"Unknown block kind {block.GetType().Name}.");
        }
    }

    private void List(ListBlock list, ContentRegion region, int index, double left, double measure)
    {
        var inset = Text.Body.Size * 1.5;
        var outer = _parent;
        var listGroup = Group(outer, StructureRole.List);
        for (var i = 0; i < list.Items.Length; i++)
        {
            var item = list.Items[i];
            var listItem = Group(listGroup, StructureRole.ListItem);

            // PDF/UA-1 §7.6: the label is an Lbl beside the item's LBody, not part of its text.
            var labelGroup = Group(listItem, StructureRole.ListLabel);
            _parent = Group(listItem, StructureRole.ListBody);
            var label = item.Task switch
            {
                // A task list's box stands where the bullet would: ballot box, or ballot box with check.
                true => "\u2611 ",
                false => "\u2610 ",
                null => list.Ordered ? (list.Start + i).ToString(CultureInfo.InvariantCulture) + ". " : "• ",
            };
            var first = true;
            foreach (var child in item.Children)
            {
                if (first && child is ParagraphBlock p)
                {
                    Paragraph([new TextInline(label, p.Span), .. p.Content], Text.Body, left + inset, measure - inset, 0, new ContentAnchor(region, index, 0), p.Span, hang: 0, labelGroup: labelGroup);
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

    private void Code(CodeBlock code, ContentAnchor anchor, double left, double measure)
    {
        var style = Text.Code;
        _blocks.Add(new RealizedSpace(style.SpaceBefore));
        var lines = code.Text.Split('\n')
            .Select(line => Request([new CodeInline(line.Length == 0 ? " " : line, code.Span)], style, measure, 0, hyphenate: false, code: true))
            .ToImmutableArray();
        _blocks.Add(new RealizedCode(lines, left, anchor, code.Span, _parent));
        _blocks.Add(new RealizedSpace(style.SpaceAfter));
    }

    private void EndMatterHeading(string title, string destination, TextStyle style)
    {
        _lastHeadingLevel = 2;
        _outline.Add(new OutlineTarget(title, destination, 2));
        Paragraph([new TextInline(title, SourceSpan.None)], style, Left, Measure, 0, null, SourceSpan.None, keepWithNext: true, destination: destination, role: StructureRole.Heading2, display: true);
    }

    private void Figure(FigureBlock figure, ContentAnchor anchor)
    {
        var caption = Request(figure.Image is null ? MissingPhotoCaption(figure) : figure.Caption, Text.Caption, Measure, 0, hyphenate: false);
        var (width, height) = (0.0, 0.0);
        Diagnostic? lowResolution = null;
        int? placeholder = null;
        if (figure.Image?.Facts is { DisplayWidth: > 0, DisplayHeight: > 0 } facts)
        {
            // The author's width (a share of the measure, or an absolute width) or else the text width, never wider
            // than the measure; capped at 45 % of the text height so a portrait photo leaves room for text.
            width = FigureWidth(figure);
            height = width * facts.DisplayHeight / facts.DisplayWidth;
            var cap = _style.Page.TextHeight * 0.45;
            if (height > cap)
            {
                width *= cap / height;
                height = cap;
            }

            lowResolution = LowResolution(figure, facts.DisplayWidth, width);
        }
        else if (_draft && figure.Image is null)
        {
            // A proof's placeholder: the frame the photo would fill at the author's width, 3:2 (the common photo shape),
            // naming the file looked for, so the author sees what to supply and the pages fall as they will with it.
            width = FigureWidth(figure);
            height = Math.Min(width * 2 / 3, _style.Page.TextHeight * 0.45);
            var named = figure.MissingFile is { Length: > 0 } file ? file : PlainText.Of(figure.Caption, withNoteMarkers: false);
            placeholder = Request([new TextInline(named, figure.Span)], Text.Caption with { Face = FontFace.Regular, Alignment = Styles.TextAlignment.Centered }, width - (2 * Text.Caption.Size), 0, hyphenate: false);
        }

        _blocks.Add(new RealizedFigure(figure, caption, width, height, Left, Measure, anchor, _parent, lowResolution) { Placeholder = placeholder });
        NotesIn(figure.Caption);
    }

    /// <summary>
    /// The caption of a figure whose photo is missing, led by the style's mark (<c>figures.missing-mark</c>: by default
    /// "[Photo]" in the book's language, set upright against the italic caption) so it reads as a figure without its
    /// photo, not as a subtitle under the title.
    /// </summary>
    private ImmutableArray<Inline> MissingPhotoCaption(FigureBlock figure)
    {
        var mark = _style.Figures.MissingMark switch
        {
            MissingFigureMark.Label => _labels.MissingPhoto,
            MissingFigureMark.Text => _style.Figures.MissingText ?? string.Empty,
            _ => string.Empty,
        };
        if (mark.Length == 0)
        {
            return figure.Caption;
        }

        // Emphasis toggles the caption's italic: the mark stands upright, as a label does before an italic caption.
        ImmutableArray<Inline> marked = [new EmphasisInline([new TextInline(mark, figure.Span)], figure.Span)];
        return figure.Caption.IsDefaultOrEmpty ? marked : [.. marked, new TextInline(" ", figure.Span), .. figure.Caption];
    }

    /// <summary>
    /// The printed width the author asked for (<c>{width=50%}</c> → half the measure; <c>{width=6cm}</c> → 6 cm), at
    /// most the measure; the measure when they asked for none or for nothing printable (0, negative, not a number).
    /// </summary>
    private double FigureWidth(FigureBlock figure)
    {
        var asked = figure.WidthFraction is { } share ? share * Measure : figure.WidthPoints;
        return asked is { } width && double.IsFinite(width) && width > 0 ? Math.Min(width, Measure) : Measure;
    }

    /// <summary>
    /// Effective resolution = pixels across ÷ printed width in inches. Below the threshold a photo prints soft or
    /// pixelated on press; the author should supply a larger file or the figure be printed smaller.
    /// </summary>
    private Diagnostic? LowResolution(FigureBlock figure, int pixelsWide, double printedWidthPoints)
    {
        var dpi = pixelsWide / (printedWidthPoints / 72.0);
        return _minimumDpi is { } minimum && dpi < minimum
            ? Diagnostic.Warning(
                FlowDiagnosticCodes.LowResolutionImage,
                figure.Span,
                string.Create(CultureInfo.InvariantCulture, $"the image '{Path.GetFileName(figure.Image!.Path)}' prints at {dpi:0} dpi ({pixelsWide} pixels across {printedWidthPoints / 72.0 * 25.4:0.#} mm); press printing needs {minimum:0} dpi"))
            : null;
    }

    private void Paragraph(
        ImmutableArray<Inline> content,
        TextStyle style,
        double left,
        double measure,
        double indent,
        ContentAnchor? anchor,
        SourceSpan span,
        bool keepWithNext = false,
        string? destination = null,
        double hang = 0,
        StructureRole? role = StructureRole.Paragraph,
        int? labelGroup = null,
        bool display = false)
    {
        // Hanging indent: every line after the first starts `hang` further right and is that much shorter.
        var request = Request(content, style, measure - hang, indent, hyphenate: true, labelled: labelGroup is not null, display: display);
        _blocks.Add(new RealizedParagraph(request, style, left, measure, hang, keepWithNext, anchor, span, destination, role, _parent, labelGroup));
        NotesIn(content);
    }

    /// <summary>The ornament a thematic break sets: three stars an em space apart.</summary>
    private const string SceneBreak = "*\u2003*\u2003*";

    private int Request(ImmutableArray<Inline> content, TextStyle style, double measure, double indent, bool hyphenate, bool labelled = false, bool display = false, bool code = false)
    {
        _requests.Add(new ParagraphRequest(content, style, measure, indent, hyphenate, labelled) { Language = _language, Balance = display, LetterSpaceCapitals = display, CodeBlock = code, WideSentenceSpacing = _style.Typography.WideSentenceSpacing });
        return _requests.Count - 1;
    }

    private int Group(int? parent, StructureRole role)
    {
        _blocks.Add(new RealizedGroup(_groups, parent, role));
        return _groups++;
    }

    /// <summary>
    /// A body heading's level in the outline and the structure tree: shifted so the body's shallowest headings are
    /// level 2, and never more than one deeper than the heading before it (PDF/UA-1 §7.4.2, Matterhorn 14-003: no
    /// skipped heading levels; a bookmark nests under the one before it).
    /// </summary>
    private int HeadingLevel(int level)
    {
        _lastHeadingLevel = Math.Clamp(level + _headingShift, 2, _lastHeadingLevel + 1);
        return _lastHeadingLevel;
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
}
