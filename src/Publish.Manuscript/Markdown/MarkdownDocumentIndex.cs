using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Publish.Model.Inlines;
using Md = Markdig.Syntax;
using MdInlines = Markdig.Syntax.Inlines;

namespace Publish.Manuscript.Markdown;

/// <summary>
/// What the converter must know about the whole parsed document before it converts any block: the number of each
/// table and figure, and which paragraphs are table captions. Tables and figures are numbered in reading order, the
/// body first, then the notes in the order of their first reference (the order they are printed in), so that
/// "Table 3" in a note follows the body's tables. A table's caption is Pandoc's: a paragraph starting <c>Table:</c>,
/// <c>table:</c> or <c>:</c> directly before the table, else directly after it (Pandoc's manual, "Table captions").
/// Pandoc's reader takes a caption before the table first, then one after it, in reading order: a caption between
/// two tables is the first one's unless that one already has a caption before it.
/// It also knows every id a cross-reference may name (<see cref="TargetOf"/>): headings (the author's or the automatic
/// id), tables (the id on their caption), figures (the id on their image), bracketed spans and fenced divs. When two
/// share an id the first in reading order is the target.
/// </summary>
internal sealed class MarkdownDocumentIndex
{
    private readonly Dictionary<Md.Block, int> _numbers = [];
    private readonly Dictionary<Table, Md.ParagraphBlock> _captions = [];
    private readonly HashSet<Md.ParagraphBlock> _captionParagraphs = [];
    private readonly Dictionary<string, CrossReferenceTarget> _targets = new(StringComparer.Ordinal);
    private int _tables;
    private int _figures;

    private MarkdownDocumentIndex()
    {
    }

    /// <summary>An index that knows nothing: no numbers, no captions (for text that is never a document's body).</summary>
    public static MarkdownDocumentIndex Empty { get; } = new();

    public static MarkdownDocumentIndex Of(Md.MarkdownDocument document)
    {
        var index = new MarkdownDocumentIndex();
        var notes = new List<Footnote>();
        var seen = new HashSet<Footnote>();
        index.FindCaptions(document);
        foreach (var block in document)
        {
            if (block is not FootnoteGroup)
            {
                index.Walk(block, notes, seen);
            }
        }

        foreach (var note in notes)
        {
            index.Walk(note, null, seen);
        }

        return index;
    }

    /// <summary>The 1-based number of a table or of a figure's paragraph; 0 when not indexed.</summary>
    public int NumberOf(Md.Block block) => _numbers.GetValueOrDefault(block);

    /// <summary>What the id names, or null.</summary>
    public CrossReferenceTarget? TargetOf(string id) => _targets.GetValueOrDefault(id);

    /// <summary>The caption paragraph of a table, or null.</summary>
    public Md.ParagraphBlock? CaptionOf(Table table) => _captions.GetValueOrDefault(table);

    /// <summary>Whether a paragraph is some table's caption (and so no paragraph of its own).</summary>
    public bool IsCaption(Md.ParagraphBlock paragraph) => _captionParagraphs.Contains(paragraph);

    /// <summary>The length of the caption marker (<c>Table:</c> or <c>:</c>) that opens a paragraph, or 0 when it has none.</summary>
    public static int CaptionMarkerLength(Md.ParagraphBlock paragraph)
    {
        if (paragraph.Inline?.FirstChild is not MdInlines.LiteralInline { IsFirstCharacterEscaped: false } literal)
        {
            return 0;
        }

        var text = literal.Content.AsSpan();
        if (text.StartsWith("Table:", StringComparison.Ordinal) || text.StartsWith("table:", StringComparison.Ordinal))
        {
            return "Table:".Length;
        }

        // Pandoc: a colon not followed by punctuation (so "::" or ":-)" open no caption).
        return text.Length >= 2 && text[0] == ':' && !char.IsPunctuation(text[1]) && !char.IsSymbol(text[1]) ? 1 : 0;
    }

    /// <param name="notes">Where to collect the notes the body references, in order; null inside a note (a note's own references are flattened).</param>
    private void Walk(Md.MarkdownObject node, List<Footnote>? notes, HashSet<Footnote> seen)
    {
        switch (node)
        {
            case Table table:
                _numbers[table] = ++_tables;
                AddTarget((CaptionOf(table) ?? (Md.MarkdownObject)table).TryGetAttributes()?.Id, new CrossReferenceTarget(CrossReferenceKind.Table, _tables, null));
                WalkChildren(table, notes, seen);
                break;
            case Md.ParagraphBlock paragraph when FigureParagraph.ImageOf(paragraph) is { } image:
                _numbers[paragraph] = ++_figures;
                AddTarget(image.TryGetAttributes()?.Id, new CrossReferenceTarget(CrossReferenceKind.Figure, _figures, null));
                Walk(paragraph.Inline!, notes, seen);
                break;
            case Md.HeadingBlock heading:
                AddTarget(heading.TryGetAttributes()?.Id, new CrossReferenceTarget(CrossReferenceKind.Section, 0, heading));
                Walk(heading.Inline!, notes, seen);
                break;
            case CustomContainer div:
                AddTarget(div.TryGetAttributes()?.Id, new CrossReferenceTarget(CrossReferenceKind.Span, 0, null));
                FindCaptions(div);
                WalkChildren(div, notes, seen);
                break;
            case BracketedSpanSyntax span:
                AddTarget(span.Attributes.Id, new CrossReferenceTarget(CrossReferenceKind.Span, 0, null));
                Walk(span.Content.Inline!, notes, seen);
                break;
            case Md.LeafBlock leaf when leaf.Inline is not null:
                Walk(leaf.Inline, notes, seen);
                break;
            case Md.ContainerBlock container:
                FindCaptions(container);
                WalkChildren(container, notes, seen);
                break;
            case FootnoteLink { IsBackLink: false } link when notes is not null:
                if (seen.Add(link.Footnote))
                {
                    notes.Add(link.Footnote);
                }

                break;
            case MdInlines.ContainerInline inlines:
                foreach (var child in inlines)
                {
                    Walk(child, notes, seen);
                }

                break;
            default:
                break;
        }
    }

    private void AddTarget(string? id, CrossReferenceTarget target)
    {
        if (!string.IsNullOrEmpty(id))
        {
            _targets.TryAdd(id, target);
        }
    }

    private void WalkChildren(Md.ContainerBlock container, List<Footnote>? notes, HashSet<Footnote> seen)
    {
        foreach (var child in container)
        {
            Walk(child, notes, seen);
        }
    }

    private void FindCaptions(Md.ContainerBlock container)
    {
        var blocks = container.Where(block => block is not Md.BlankLineBlock).ToList();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not Table table)
            {
                continue;
            }

            var caption = Caption(blocks, i - 1) ?? Caption(blocks, i + 1);
            if (caption is not null)
            {
                _captions[table] = caption;
                _captionParagraphs.Add(caption);
            }
        }
    }

    private Md.ParagraphBlock? Caption(List<Md.Block> blocks, int index) =>
        index >= 0 && index < blocks.Count && blocks[index] is Md.ParagraphBlock paragraph && !_captionParagraphs.Contains(paragraph) && CaptionMarkerLength(paragraph) > 0
            ? paragraph
            : null;
}
