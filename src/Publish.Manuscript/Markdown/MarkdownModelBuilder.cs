using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.DefinitionLists;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.SmartyPants;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers.Html;
using Publish.Manuscript.Input;
using Publish.Manuscript.Typography;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;
using Md = Markdig.Syntax;
using MdInlines = Markdig.Syntax.Inlines;
using MdMath = Markdig.Extensions.Mathematics;

namespace Publish.Manuscript.Markdown;

/// <summary>
/// Converts a Markdig tree into model blocks and inlines: one exhaustive dispatch per node kind. Every node gets
/// the source position of its Markdig node (precise source location). Notes are numbered here, in the order
/// this builder meets their first reference; callers therefore convert blocks in reading order.
/// </summary>
internal sealed partial class MarkdownModelBuilder
{
    private readonly string _source;
    private readonly FigureImageChecks _images;
    private SmartyPantsMarks _quotes;
    private readonly DiagnosticBag _diagnostics;
    private readonly Func<int, SourceSpan> _spanAt;
    private readonly bool _notesAllowed;
    private readonly MarkdownDocumentIndex _index;

    /// <summary>Flushed runs, reused by the next <see cref="ConvertInlines"/> (which nest: a link's text is converted inside its paragraph's).</summary>
    private readonly Stack<TextRun> _idleRuns = new();
    private bool _depthReported;
    private int _insideNote;

    /// <param name="spanAt">Maps a Markdig offset to a source position (a fixed position for front matter fields).</param>
    /// <param name="notesAllowed">False for Markdown inside front matter fields, which has no note definitions.</param>
    /// <param name="index">Numbers of tables and figures and the table captions of the document converted (<see cref="MarkdownDocumentIndex.Of"/>).</param>
    public MarkdownModelBuilder(string source, string folder, SmartyPantsMarks quotes, DiagnosticBag diagnostics, Func<int, SourceSpan> spanAt, bool notesAllowed, MarkdownDocumentIndex index)
    {
        _index = index;
        _source = source;
        _images = new FigureImageChecks(folder);
        _quotes = quotes;
        _diagnostics = diagnostics;
        _spanAt = spanAt;
        _notesAllowed = notesAllowed;
    }

    public NoteRegistry Notes { get; } = new();

    /// <summary>Labels (without <c>^</c>) referenced only from inside other notes, where they were flattened.</summary>
    public HashSet<string> FlattenedLabels { get; } = new(StringComparer.Ordinal);

    /// <summary>Starts checking the image files of all figures in <paramref name="document"/> on another core (see <see cref="FigureImageChecks"/>).</summary>
    public void CheckFigureImagesAhead(Md.MarkdownDocument document, CancellationToken cancellation) =>
        _images.StartAhead(Md.MarkdownObjectExtensions.Descendants<Md.ParagraphBlock>(document)
            .Select(FigureParagraph.ImageOf)
            .OfType<MdInlines.LinkInline>()
            .Select(image => image.Url ?? string.Empty)
            .Where(reference => reference.Trim().Length > 0), cancellation);

    public SourceSpan SpanOf(Md.MarkdownObject node) => _spanAt(Math.Max(0, node.Span.Start));

    public ImmutableArray<Block> ConvertBlocks(IEnumerable<Md.Block> blocks, int depth)
    {
        var result = ImmutableArray.CreateBuilder<Block>();
        foreach (var block in blocks)
        {
            result.AddRange(ConvertBlock(block, depth));
        }

        return result.ToImmutable();
    }

    public IEnumerable<Block> ConvertBlock(Md.Block block, int depth)
    {
        if (!WithinDepth(block, depth))
        {
            return [];
        }

        var span = SpanOf(block);
        switch (block)
        {
            case Md.HeadingBlock heading:
                ReportUnusedAttributes(heading, span, "heading", idUsed: true);
                return [new HeadingBlock(heading.Level, TrimEnds(ConvertInlines(heading.Inline, depth + 1)), span) { Id = heading.TryGetAttributes()?.Id }];
            case Md.LeafBlock leaf when leaf.Span.Length > InputDiagnosticLimits.MaxParagraphCharacters:
                _diagnostics.Error(
                    InputDiagnosticCodes.ParagraphTooLong,
                    span,
                    string.Create(CultureInfo.InvariantCulture, $"this paragraph has {leaf.Span.Length:N0} characters, more than the limit of {InputDiagnosticLimits.MaxParagraphCharacters:N0}; split it"));
                return [];
            case Md.ParagraphBlock paragraph when _index.IsCaption(paragraph):
                // Set as its table's caption (see Table).
                return [];
            case Md.ParagraphBlock paragraph when FigureParagraph.ImageOf(paragraph) is { } image:
                return [WithAttributes(Figure(image, span, depth), image) with { Number = _index.NumberOf(paragraph) }];
            case Md.ParagraphBlock paragraph:
                ReportUnusedAttributes(paragraph, span, "paragraph", idUsed: false);
                var content = TrimEnds(ConvertInlines(paragraph.Inline, depth + 1));
                return content.IsEmpty ? [] : [new ParagraphBlock(content, span)];
            case Md.QuoteBlock quote:
                return [new BlockQuoteBlock(ConvertBlocks(quote, depth + 1), span)];
            case Md.ListBlock list:
                var items = list.OfType<Md.ListItemBlock>()
                    .Select(item => new ListItem(ConvertBlocks(item, depth + 2), SpanOf(item)) { Task = TaskOf(item) })
                    .ToImmutableArray();
                return [new ListBlock(list.IsOrdered, OrderedStart(list), items, span)];
            case Md.ThematicBreakBlock:
                return [new ThematicBreakBlock(span)];
            case Md.HtmlBlock html:
                return HtmlBlockText(html, span);
            case MdMath.MathBlock math:
                CountMath(span);
                return [new MathBlock(math.Lines.ToString().Trim(), span)];
            case Md.CodeBlock code:
                return [new CodeBlock(code.Lines.ToString(), span)];
            case Table table:
                return [Table(table, span, depth)];
            case DefinitionList definitions:
                return [DefinitionList(definitions, span, depth)];
            case CustomContainer div:
                return [Div(div, span, depth)];
            case FootnoteGroup or Md.LinkReferenceDefinitionGroup or Md.LinkReferenceDefinition or Md.BlankLineBlock:
                return [];
            case Md.ContainerBlock container:
                return ConvertBlocks(container, depth + 1);
            default:
                _diagnostics.Warning(MarkdownDiagnosticCodes.ConstructNotSet, span, $"this {Describe(block)} is not set in the editions; it was left out");
                return [];
        }
    }

    /// <summary>A heading's text for comparisons (title, bibliography), without side effects: no diagnostics, no note numbers.</summary>
    public string HeadingText(Md.HeadingBlock heading)
    {
        var text = new System.Text.StringBuilder();
        void Walk(MdInlines.ContainerInline container)
        {
            foreach (var inline in container)
            {
                switch (inline)
                {
                    case MdInlines.LiteralInline literal: text.Append(literal.IsFirstCharacterEscaped ? literal.Content.AsSpan() : Refine(literal.Content.AsSpan())); break;
                    case SmartyPant pant: text.Append(_quotes.Text(pant.Type)); break;
                    case MdInlines.CodeInline code: text.Append(code.Content); break;
                    case MdInlines.HtmlEntityInline entity: text.Append(entity.Transcoded.ToString()); break;
                    case MdInlines.LineBreakInline: text.Append(' '); break;
                    case FootnoteLink: break;
                    case InlineNoteSyntax: break;
                    case BracketedSpanSyntax span: Walk(span.Content.Inline!); break;
                    case ReferenceSyntax reference: text.Append(reference.Written); break;
                    case CitationSyntax citation: text.Append(citation.Written); break;
                    case MdMath.MathInline math: text.Append(math.Content.ToString()); break;
                    case MdInlines.ContainerInline inner: Walk(inner); break;
                    default: break;
                }
            }
        }

        if (heading.Inline is { } content)
        {
            Walk(content);
        }

        return text.ToString().Trim();
    }

    public ImmutableArray<Inline> ConvertInlines(MdInlines.ContainerInline? container, int depth)
    {
        var result = ImmutableArray.CreateBuilder<Inline>();
        var run = _idleRuns.Count > 0 ? _idleRuns.Pop() : new TextRun();
        if (container is not null)
        {
            AppendInlines(container, depth, result, run);
        }

        Flush(result, run);
        _idleRuns.Push(run);
        return result.ToImmutable();
    }

    private void AppendInlines(MdInlines.ContainerInline container, int depth, ImmutableArray<Inline>.Builder result, TextRun run)
    {
        foreach (var inline in container)
        {
            AppendInline(inline, depth, result, run);
        }
    }

    private void AppendInline(MdInlines.Inline inline, int depth, ImmutableArray<Inline>.Builder result, TextRun run)
    {
        if (!WithinDepth(inline, depth))
        {
            return;
        }

        var offset = Math.Max(0, inline.Span.Start);
        switch (inline)
        {
            case MdInlines.LiteralInline literal:
                var raw = literal.Content.AsSpan();
                run.Append(literal.IsFirstCharacterEscaped ? raw : Refine(raw), raw, offset, literal.IsFirstCharacterEscaped);
                break;
            case SmartyPant pant:
                run.AppendBlanked(_quotes.Text(pant.Type) ?? pant.ToString(), Math.Max(1, pant.Span.Length), offset, escaped: false);
                break;
            case MdInlines.HtmlEntityInline entity:
                run.Append(entity.Transcoded.AsSpan(), entity.Original.AsSpan(), offset, escaped: true);
                break;
            case MdInlines.LineBreakInline { IsHard: true }:
                Flush(result, run);
                result.Add(new LineBreakInline(SpanOf(inline)));
                break;
            case MdInlines.LineBreakInline:
                run.Append(" ", " ", offset, escaped: false);
                break;
            case MdInlines.CodeInline code:
                Flush(result, run);
                result.Add(new CodeInline(code.Content, SpanOf(inline)));
                break;
            case MdInlines.EmphasisInline emphasis:
                Flush(result, run);
                var children = ConvertInlines(emphasis, depth + 1);
                if (children.IsEmpty)
                {
                    // Nothing to emphasise: an empty emphasis has no text to set and no Markdown spelling.
                    break;
                }

                result.Add(Emphasis(emphasis, children, SpanOf(inline)));
                break;
            case MdMath.MathInline math:
                CountMath(SpanOf(inline));
                Flush(result, run);
                result.Add(new MathInline(math.Content.ToString(), SpanOf(inline)));
                break;
            case TaskList:
                // The box of a task list item: the item carries it (ListItem.Task).
                break;
            case MdInlines.LinkInline { IsImage: true } image:
                _diagnostics.Warning(MarkdownDiagnosticCodes.InlineImageKeptAsText, SpanOf(inline), "an image inside running text is not a figure (a figure is an image alone in its paragraph); its description is kept as text");
                AppendInlines(image, depth + 1, result, run);
                break;
            case MdInlines.LinkInline link:
                AppendLink(link, depth, result, run);
                break;
            case MdInlines.AutolinkInline autolink:
                AppendLinkOrText(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, [new TextInline(autolink.Url, SpanOf(inline))], SpanOf(inline), result, run);
                break;
            case MdInlines.HtmlInline html:
                _diagnostics.Warning(DiagnosticCodes.RawHtmlDropped, SpanOf(inline), $"raw HTML '{Shorten(html.Tag)}' was dropped (its text is kept)");
                break;
            case FootnoteLink { IsBackLink: true }:
                break;
            case FootnoteLink footnoteLink:
                AppendNoteReference(footnoteLink, depth, result, run);
                break;
            case InlineNoteSyntax note:
                AppendInlineNote(note, depth, result, run);
                break;
            case BracketedSpanSyntax span:
                Flush(result, run);
                result.AddRange(Span(span, depth));
                break;
            case ReferenceSyntax reference:
                AppendReference(reference, result, run);
                break;
            case CitationSyntax citation:
                // Resolved after reading (CitationResolver): until then the citation holds its text as written.
                Flush(result, run);
                result.Add(new CitationInline(citation.Cites, [new TextInline(citation.Written, SpanOf(citation))], SpanOf(citation)) { InText = citation.InText });
                break;
            case MdInlines.LinkDelimiterInline unclosed:
                // A "[" Markdig never closed is text; its children are what followed it.
                var bracket = unclosed.ToLiteral();
                run.Append(bracket, bracket, offset, escaped: true);
                AppendInlines(unclosed, depth + 1, result, run);
                break;
            case MdInlines.ContainerInline other:
                AppendInlines(other, depth + 1, result, run);
                break;
            default:
                _diagnostics.Warning(MarkdownDiagnosticCodes.ConstructNotSet, SpanOf(inline), $"this {Describe(inline)} is not set in the editions; it was left out");
                break;
        }
    }

    private void AppendLink(MdInlines.LinkInline link, int depth, ImmutableArray<Inline>.Builder result, TextRun run)
    {
        var span = SpanOf(link);
        ReportUnusedAttributes(link, span, "link", idUsed: false);

        // A link to a heading by its text ([Heading]) knows its URL only once the heading's id is made.
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url ?? string.Empty;
        ImmutableArray<Inline> children;
        if (link.IsAutoLink)
        {
            // A bare URL is shown as written: no typographic refinement inside it.
            var start = Math.Max(0, link.Span.Start);
            var written = link.Span.Length > 0 && start + link.Span.Length <= _source.Length ? _source.Substring(start, link.Span.Length) : url;
            children = [new TextInline(written, span)];
        }
        else
        {
            children = ConvertInlines(link, depth + 1);
        }

        AppendLinkOrText(url, children, span, result, run);
    }

    private void AppendLinkOrText(string url, ImmutableArray<Inline> children, SourceSpan span, ImmutableArray<Inline>.Builder result, TextRun run)
    {
        Flush(result, run);
        if (LinkPolicy.IsAllowed(url))
        {
            result.Add(new LinkInline(url.Trim(), children, span));
            return;
        }

        if (url.Trim() is ['#', .. var fragment])
        {
            AppendCrossReference(Uri.UnescapeDataString(fragment), url.Trim(), children, span, result);
            return;
        }

        if (OtherManuscript(url) is { } manuscript)
        {
            // The warning stands for the manuscript alone; a book that holds both resolves the link (and says nothing).
            _diagnostics.Warning(MarkdownDiagnosticCodes.LinkToOtherManuscript, span, $"the link to '{Shorten(url)}' points into another manuscript ('{Shorten(manuscript)}'), which resolves only when both are built as one book; its text is kept");
            result.Add(ManuscriptLink(url, children, span));
            return;
        }

        _diagnostics.Warning(DiagnosticCodes.UnsafeLinkTargetDropped, span, $"link target '{Shorten(url)}' is not an http, https or mailto URL; the link was dropped and its text kept");
        result.AddRange(children);
    }

    /// <summary>
    /// Pandoc's inline note: numbered with the <c>[^label]</c> notes in reading order. Inside another note or in a
    /// front matter field, where notes cannot be, it is kept as written with the warning a nested reference gets.
    /// </summary>
    private void AppendInlineNote(InlineNoteSyntax inlineNote, int depth, ImmutableArray<Inline>.Builder result, TextRun run)
    {
        if (_insideNote > 0 || !_notesAllowed)
        {
            _diagnostics.Warning(
                DiagnosticCodes.NoteInsideNoteFlattened,
                SpanOf(inlineNote),
                _notesAllowed ? "an inline note ^[…] inside another note cannot nest, so it is kept as plain text" : "an inline note ^[…] in a front matter field, which cannot hold notes, is kept as plain text");
            run.AppendBlanked(inlineNote.Written, inlineNote.Written.Length, Math.Max(0, inlineNote.Span.Start), escaped: true);
            return;
        }

        Flush(result, run);
        _insideNote++;
        var content = TrimEnds(ConvertInlines(inlineNote.Content.Inline, depth + 1));
        _insideNote--;
        var note = new Note(Notes.NextNumber, string.Empty, content.IsEmpty ? [] : [new ParagraphBlock(content, SpanOf(inlineNote.Content))], SpanOf(inlineNote));
        Notes.Add(inlineNote, note);
        result.Add(new NoteReferenceInline(note, SpanOf(inlineNote)));
    }

    private void AppendNoteReference(FootnoteLink link, int depth, ImmutableArray<Inline>.Builder result, TextRun run)
    {
        var footnote = link.Footnote;
        var label = footnote.Label?.TrimStart('^') ?? string.Empty;
        var offset = Math.Max(0, link.Span.Start);
        if (_insideNote > 0 || !_notesAllowed)
        {
            _diagnostics.Warning(
                DiagnosticCodes.NoteInsideNoteFlattened,
                SpanOf(link),
                _notesAllowed ? $"note [^{label}] is referenced inside another note; notes cannot nest, so the marker is kept as plain text" : $"note [^{label}] is referenced in a front matter field, which cannot hold notes; the marker is kept as plain text");
            FlattenedLabels.Add(label);
            run.AppendBlanked($"[^{label}]", label.Length + 3, offset, escaped: true);
            return;
        }

        Flush(result, run);
        if (!Notes.TryGet(footnote, out var note))
        {
            var number = Notes.NextNumber;
            _insideNote++;
            var content = ConvertBlocks(footnote, depth + 1);
            _insideNote--;
            note = new Note(number, label, content, DefinitionSpan(footnote));
            Notes.Add(footnote, note);
        }

        result.Add(new NoteReferenceInline(note, SpanOf(link)));
    }

    /// <summary>Markdig's footnote span starts after <c>[^label]:</c>; the note's position is the definition's <c>[</c>.</summary>
    private SourceSpan DefinitionSpan(Footnote footnote)
    {
        var start = Math.Clamp(footnote.Span.Start, 0, _source.Length);
        var lineStart = start == 0 ? 0 : _source.LastIndexOf('\n', start - 1) + 1;
        var bracket = _source.IndexOf('[', lineStart);
        return _spanAt(bracket >= lineStart && bracket <= start ? bracket : start);
    }

    private void Flush(ImmutableArray<Inline>.Builder result, TextRun run)
    {
        if (run.IsEmpty)
        {
            return;
        }

        ReportUndefinedNotes(run);
        // A run after a link, emphasis or code follows a word: French spaces a mark right after it ("[ceci](url) !").
        var previous = result.Count > 0 && result[^1] is not LineBreakInline ? FrenchSpacing.AfterContent : '\0';
        result.Add(new TextInline(_quotes.Spaced(run.Display, previous), _spanAt(run.FirstSourceOffset)));
        run.Clear();
    }

    /// <summary>Markdig leaves a reference to an undefined note as literal text; find it in the raw run.</summary>
    private void ReportUndefinedNotes(TextRun run)
    {
        foreach (var match in UndefinedNoteReference().EnumerateMatches(run.Raw))
        {
            var piece = run.PieceAt(match.Index);
            if (piece.Escaped)
            {
                continue;
            }

            // The match is "[^label]": the label lies between its first two characters and its last.
            var label = run.Raw.Slice(match.Index + 2, match.Length - 3).ToString();
            _diagnostics.Error(
                DiagnosticCodes.NoteReferenceWithoutDefinition,
                _spanAt(piece.SourceOffset + match.Index - piece.RawIndex),
                $"note [^{label}] is referenced but never defined (add a line '[^{label}]: …')");
        }
    }

    private FigureBlock Figure(MdInlines.LinkInline image, SourceSpan span, int depth)
    {
        var caption = ConvertInlines(image, depth + 1);
        var reference = image.Url ?? string.Empty;
        var alt = string.IsNullOrWhiteSpace(image.Title) ? null : image.Title;
        if (reference.Trim().Length == 0)
        {
            _diagnostics.Warning(DiagnosticCodes.ImageFileMissing, span, "the figure names no image file; it is set as a caption only");
            return new FigureBlock(caption, null, span);
        }

        var check = _images.For(reference);
        var lookup = check.Lookup;
        switch (lookup.Status)
        {
            case ImageLookupStatus.Found:
                return FigureImageReport.Accept(check.Inspection!, lookup.Path, span, _diagnostics) is { } facts
                    ? new FigureBlock(caption, new ImageSource(lookup.Path, alt) { Facts = facts }, span)
                    : new FigureBlock(caption, null, span);
            case ImageLookupStatus.Missing:
                _diagnostics.Warning(DiagnosticCodes.ImageFileMissing, span, $"image file '{reference}' was not found; the figure is set as a caption only");
                return new FigureBlock(caption, null, span) { MissingFile = reference };
            default:
                _diagnostics.Error(DiagnosticCodes.ImageOutsideManuscriptFolder, span, $"image '{reference}' lies outside the manuscript's folder and is refused");
                return new FigureBlock(caption, null, span);
        }
    }

    private IEnumerable<Block> HtmlBlockText(Md.HtmlBlock html, SourceSpan span)
    {
        _diagnostics.Warning(DiagnosticCodes.RawHtmlDropped, span, "raw HTML block was dropped (its text is kept)");

        // A comment's block runs to the end of the line its comment closes on (CommonMark 0.31, §4.6, start condition 2):
        // text after "-->" on that line is the author's, not the comment's.
        var text = WebUtility.HtmlDecode(HtmlTag().Replace(HtmlComment().Replace(html.Lines.ToString(), " "), " "));
        var collapsed = Whitespace().Replace(text, " ").Trim();
        return collapsed.Length == 0 ? [] : [new ParagraphBlock([new TextInline(collapsed, span)], span)];
    }

    /// <summary>
    /// Outer white space of a heading or paragraph is not content (Markdig may leave it before a closing <c>#</c> or
    /// at a paragraph's end); writers and the exporter can then rely on trimmed blocks.
    /// </summary>
    private static ImmutableArray<Inline> TrimEnds(ImmutableArray<Inline> inlines)
    {
        // Most paragraphs have nothing to trim; they are kept as they are instead of being copied twice.
        if (!NeedsTrimming(inlines))
        {
            return inlines;
        }

        var result = inlines.ToBuilder();
        if (result.Count > 0 && result[0] is TextInline first)
        {
            result[0] = first with { Text = first.Text.TrimStart() };
        }

        if (result.Count > 0 && result[^1] is TextInline last)
        {
            result[^1] = last with { Text = last.Text.TrimEnd() };
        }

        result.RemoveAll(inline => inline is TextInline { Text.Length: 0 });
        return result.ToImmutable();
    }

    /// <summary>Whether <see cref="TrimEnds"/> would change anything: outer white space, or an empty text.</summary>
    private static bool NeedsTrimming(ImmutableArray<Inline> inlines)
    {
        if (inlines.IsEmpty)
        {
            return false;
        }

        if ((inlines[0] is TextInline { Text: [var first, ..] } && char.IsWhiteSpace(first))
            || (inlines[^1] is TextInline { Text: [.., var last] } && char.IsWhiteSpace(last)))
        {
            return true;
        }

        foreach (var inline in inlines)
        {
            if (inline is TextInline { Text.Length: 0 })
            {
                return true;
            }
        }

        return false;
    }

    private bool WithinDepth(Md.MarkdownObject node, int depth)
    {
        if (depth <= MarkdownLimits.MaxModelDepth)
        {
            return true;
        }

        if (!_depthReported)
        {
            _depthReported = true;
            _diagnostics.Error(
                DiagnosticCodes.NestingTooDeep,
                SpanOf(node),
                string.Create(CultureInfo.InvariantCulture, $"the manuscript nests quotes, lists or emphasis deeper than {MarkdownLimits.MaxModelDepth} model levels here; deeper content is refused"));
        }

        return false;
    }

    /// <summary>Apostrophes and ellipses SmartyPants leaves alone (inside words, before letters).</summary>
    private static ReadOnlySpan<char> Refine(ReadOnlySpan<char> text) =>
        text.Contains('\'') || text.Contains("...", StringComparison.Ordinal)
            ? text.ToString().Replace("...", "…", StringComparison.Ordinal).Replace("'", SmartyPantsMarks.Apostrophe, StringComparison.Ordinal)
            : text;

    private static int OrderedStart(Md.ListBlock list) =>
        int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? start : 1;

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";

    [GeneratedRegex(@"\[\^([^\]\s]+)\]")]
    private static partial Regex UndefinedNoteReference();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex("<!--.*?(-->|$)", RegexOptions.Singleline)]
    private static partial Regex HtmlComment();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
