using System.Collections.Immutable;
using System.Globalization;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers.Html;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Inlines;
using Publish.Model.Text;
using Md = Markdig.Syntax;
using MdInlines = Markdig.Syntax.Inlines;
using MdDefinitions = Markdig.Extensions.DefinitionLists;
using MdTables = Markdig.Extensions.Tables;

namespace Publish.Manuscript.Markdown;

/// <summary>The constructs of Pandoc's Markdown beyond CommonMark (issue 17): tables, definition lists, fenced divs, emphasis extras, task items, figure attributes.</summary>
internal sealed partial class MarkdownModelBuilder
{
    /// <summary>Pandoc's default line width (<c>--columns</c>): a pipe table with a longer line gets relative column widths from its dashes (Pandoc's manual, "pipe_tables").</summary>
    private const int PandocColumns = 72;

    private static Inline Emphasis(MdInlines.EmphasisInline emphasis, ImmutableArray<Inline> children, SourceSpan span) => emphasis.DelimiterChar switch
    {
        '~' when emphasis.DelimiterCount >= 2 => new FormattedInline(InlineFormat.Strikethrough, children, span),
        '~' => new FormattedInline(InlineFormat.Subscript, children, span),
        '^' => new FormattedInline(InlineFormat.Superscript, children, span),
        _ when emphasis.DelimiterCount >= 2 => new StrongInline(children, span),
        _ => new EmphasisInline(children, span),
    };

    /// <summary>A task item's box (<c>- [x]</c>, <c>- [ ]</c>): Markdig puts it first in the item's first paragraph.</summary>
    private static bool? TaskOf(Md.ListItemBlock item) =>
        item.Count > 0 && item[0] is Md.ParagraphBlock { Inline.FirstChild: TaskList box } ? box.Checked : null;

    private TableBlock Table(MdTables.Table table, SourceSpan span, int depth)
    {
        var rows = ImmutableArray.CreateBuilder<Publish.Model.Blocks.TableRow>();
        var columnCount = table.ColumnDefinitions.Count;
        foreach (var row in table.OfType<MdTables.TableRow>())
        {
            var cells = row.OfType<MdTables.TableCell>()
                .Select(cell => new Publish.Model.Blocks.TableCell(ConvertBlocks(cell, depth + 3), Math.Max(1, cell.ColumnSpan), Math.Max(1, cell.RowSpan), SpanOf(cell)))
                .ToImmutableArray();
            columnCount = Math.Max(columnCount, cells.Sum(cell => cell.ColumnSpan));
            rows.Add(new Publish.Model.Blocks.TableRow(cells, row.IsHeader, SpanOf(row)));
        }

        var caption = ImmutableArray<Inline>.Empty;
        string? id = null;
        if (_index.CaptionOf(table) is { } captionParagraph)
        {
            caption = TrimEnds(WithoutCaptionMarker(ConvertInlines(captionParagraph.Inline, depth + 1)));
            id = captionParagraph.TryGetAttributes()?.Id;
        }

        return new TableBlock(Columns(table, columnCount), rows.ToImmutable(), caption, span)
        {
            Id = id ?? table.TryGetAttributes()?.Id,
            Number = _index.NumberOf(table),
        };
    }

    /// <summary>
    /// Alignments as written, and relative widths where Pandoc takes them from the source: a grid table's dashes always,
    /// a pipe table's only when one of its lines is longer than <see cref="PandocColumns"/> (else its columns are sized by content).
    /// </summary>
    private ImmutableArray<TableColumn> Columns(MdTables.Table table, int columnCount)
    {
        var definitions = table.ColumnDefinitions;
        var widths = definitions.Count == columnCount && definitions.All(d => d.Width > 0) && (table.Parser is MdTables.GridTableParser || HasLongLine(table))
            ? definitions.Select(d => (double)d.Width).ToArray()
            : null;
        var total = widths?.Sum() ?? 0;
        return [.. Enumerable.Range(0, columnCount).Select(i => new TableColumn(
            i < definitions.Count ? Alignment(definitions[i].Alignment) : TableAlignment.Default,
            widths is null ? null : widths[i] / total))];
    }

    private bool HasLongLine(MdTables.Table table)
    {
        var start = Math.Clamp(table.Span.Start, 0, _source.Length);
        var end = Math.Clamp(table.Span.End + 1, start, _source.Length);
        var lineStart = start;
        while (lineStart < end)
        {
            var lineEnd = _source.IndexOf('\n', lineStart, end - lineStart);
            var length = (lineEnd < 0 ? end : lineEnd) - lineStart;
            if (length > PandocColumns)
            {
                return true;
            }

            if (lineEnd < 0)
            {
                break;
            }

            lineStart = lineEnd + 1;
        }

        return false;
    }

    private static TableAlignment Alignment(MdTables.TableColumnAlign? align) => align switch
    {
        MdTables.TableColumnAlign.Left => TableAlignment.Left,
        MdTables.TableColumnAlign.Center => TableAlignment.Center,
        MdTables.TableColumnAlign.Right => TableAlignment.Right,
        _ => TableAlignment.Default,
    };

    /// <summary>A caption paragraph's inlines without its <c>Table:</c> or <c>:</c> (the first colon of its first text: French spacing may have put a space before it).</summary>
    private static ImmutableArray<Inline> WithoutCaptionMarker(ImmutableArray<Inline> inlines)
    {
        if (inlines.IsEmpty || inlines[0] is not TextInline first || first.Text.IndexOf(':', StringComparison.Ordinal) is var colon && colon < 0)
        {
            return inlines;
        }

        return inlines.SetItem(0, first with { Text = first.Text[(colon + 1)..].TrimStart() });
    }

    /// <summary>Markdig makes an item per <c>:</c> definition; the model's item holds its terms and all their definitions.</summary>
    private DefinitionListBlock DefinitionList(MdDefinitions.DefinitionList list, SourceSpan span, int depth)
    {
        var items = new List<DefinitionItem>();
        foreach (var item in list.OfType<MdDefinitions.DefinitionItem>())
        {
            var terms = item.OfType<MdDefinitions.DefinitionTerm>().Select(term => TrimEnds(ConvertInlines(term.Inline, depth + 2))).ToImmutableArray();
            var definition = ConvertBlocks(item.Where(block => block is not MdDefinitions.DefinitionTerm), depth + 2);
            if (terms.IsEmpty && items.Count > 0)
            {
                items[^1] = items[^1] with { Definitions = items[^1].Definitions.Add(definition) };
            }
            else
            {
                items.Add(new DefinitionItem(terms, [definition], SpanOf(item)));
            }
        }

        return new DefinitionListBlock([.. items], span);
    }

    /// <summary>
    /// A fenced div (Pandoc's <c>fenced_divs</c>): <c>::: name</c> is the class <c>name</c>, <c>::: {#id .class lang=xx}</c>
    /// gives all three. Other attributes are reported and left out.
    /// </summary>
    private DivBlock Div(CustomContainer div, SourceSpan span, int depth)
    {
        var attributes = div.TryGetAttributes();
        var classes = ImmutableArray.CreateBuilder<string>();
        if (!string.IsNullOrWhiteSpace(div.Info))
        {
            classes.Add(div.Info.Trim());
        }

        // Markdig also lists the bare word among the attributes' classes.
        classes.AddRange((attributes?.Classes ?? []).Where(name => !classes.Contains(name)));
        if (!string.IsNullOrWhiteSpace(div.Arguments) && div.Arguments.Trim().Trim(':').Length > 0)
        {
            _diagnostics.Info(MarkdownDiagnosticCodes.AttributeIgnored, span, $"the words '{Shorten(div.Arguments.Trim())}' after the div's class are not used; write attributes as {{#id .class lang=xx}}");
        }

        // A div in another language sets its quotes and French spacing in that language, as a span does.
        var language = LanguageOf(attributes, span, "div");
        var outer = _quotes;
        if (language is not null)
        {
            _quotes = SmartyPantsMarks.For(language);
        }

        var children = ConvertBlocks(div, depth + 1);
        _quotes = outer;
        return new DivBlock(children, span)
        {
            Id = attributes?.Id,
            Classes = classes.ToImmutable(),
            Language = language,
        };
    }

    /// <summary>The <c>lang=</c> of an attribute block, checked as a BCP 47 tag; every other key is reported as not used.</summary>
    private string? LanguageOf(HtmlAttributes? attributes, SourceSpan span, string what)
    {
        string? language = null;
        foreach (var (key, value) in attributes?.Properties ?? [])
        {
            if (key == "lang" && LanguageTag.Canonical(value ?? string.Empty) is { } tag)
            {
                language = tag;
            }
            else if (key == "lang")
            {
                _diagnostics.Warning(Model.Diagnostics.DiagnosticCodes.InvalidLanguageTag, span, $"the {what}'s lang='{Shorten(value ?? string.Empty)}' is not a BCP 47 language tag; it is set in the surrounding language");
            }
            else
            {
                _diagnostics.Info(MarkdownDiagnosticCodes.AttributeIgnored, span, $"the {what}'s attribute '{Shorten(key)}' is not used by the editions");
            }
        }

        return language;
    }

    /// <summary>
    /// A figure's attributes (Pandoc's <c>link_attributes</c>): <c>#id</c> for cross-references, <c>.class</c> for the
    /// style, <c>width=</c> as a share of the measure or an absolute length. <c>height=</c> is not used: the image keeps
    /// its proportions.
    /// </summary>
    private FigureBlock WithAttributes(FigureBlock figure, MdInlines.LinkInline image)
    {
        if (image.TryGetAttributes() is not { } attributes)
        {
            return figure;
        }

        var span = figure.Span;
        var result = figure with { Id = attributes.Id, Classes = [.. attributes.Classes ?? []] };
        foreach (var (key, value) in attributes.Properties ?? [])
        {
            if (key == "width" && FigureWidth.TryParse(value ?? string.Empty, out var width))
            {
                result = result with { WidthFraction = width.Fraction, WidthPoints = width.Points };
            }
            else if (key == "width")
            {
                _diagnostics.Warning(MarkdownDiagnosticCodes.FigureWidthInvalid, span, $"the figure's width '{Shorten(value ?? string.Empty)}' is not a length (50%, 6cm, 60mm, 2in, 144pt, 300px) of at most the text width; the figure fills the text width");
            }
            else
            {
                _diagnostics.Info(MarkdownDiagnosticCodes.AttributeIgnored, span, $"the figure's attribute '{Shorten(key)}' is not used by the editions (width= sizes a figure; its proportions are kept)");
            }
        }

        return result;
    }

    /// <summary>
    /// Attributes (<c>{#id .class key=value}</c>) the model has no place for on this kind of node: a heading keeps only
    /// its id, a paragraph or a link nothing. Said once per node, as an info, so the author knows they were read.
    /// </summary>
    private void ReportUnusedAttributes(Md.MarkdownObject node, SourceSpan span, string what, bool idUsed)
    {
        if (node.TryGetAttributes() is not { } attributes)
        {
            return;
        }

        var unused = new List<string>();
        if (!idUsed && attributes.Id is { } id)
        {
            unused.Add("#" + id);
        }

        unused.AddRange((attributes.Classes ?? []).Select(name => "." + name));
        unused.AddRange((attributes.Properties ?? []).Select(property => property.Key + "="));
        if (unused.Count > 0)
        {
            _diagnostics.Info(MarkdownDiagnosticCodes.AttributeIgnored, span, $"the {what}'s attributes {Shorten(string.Join(" ", unused))} are not used by the editions");
        }
    }

    /// <summary>A Markdig node's kind in words for a diagnostic ("HtmlBlock" → "Markdown construct (HtmlBlock)").</summary>
    private static string Describe(Md.MarkdownObject node) =>
        string.Create(CultureInfo.InvariantCulture, $"Markdown construct ({node.GetType().Name})");
}
