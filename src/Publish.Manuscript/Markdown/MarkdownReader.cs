using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Publish.Manuscript.Input;
using Publish.Manuscript.Typography;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;
using Md = Markdig.Syntax;

namespace Publish.Manuscript.Markdown;

/// <summary>
/// Reads the Markdown dialect (DESIGN.md dialect 1). Stages: front matter (YAML) → Markdig parse with the quote
/// style of the document's language → model conversion (figures, notes, bibliography) → note checks.
/// Title: the front matter's <c>title</c>; when absent, a level-1 heading that opens the body is the title;
/// when neither exists the document is titled after its file name with error PUB1401. A level-1 heading at the
/// top equal to the title is dropped (authors often repeat it). Front matter fields <c>citation</c>,
/// <c>about-author</c> and <c>abstract</c> are Markdown text (notes are not allowed in them).
/// </summary>
public sealed class MarkdownReader : IManuscriptReader
{
    /// <summary>The command line's and the house style's say on citations, around the front matter's.</summary>
    public CitationOptions Citations { get; init; } = CitationOptions.None;

    public Document? Read(ManuscriptText text, DiagnosticBag diagnostics, CancellationToken cancellation = default)
    {
        var front = FrontMatterReader.Read(text, diagnostics);
        front = front with { Citations = front.Citations.With(Citations, text.Path) };
        var language = front.Language ?? "en";
        var quotes = SmartyPantsMarks.For(language);

        // The first build of a pipeline in a process takes milliseconds (Markdig's parsers are made then):
        // another core makes it while this one prepares the text.
        var pipelineBuilt = quotes.IsPipelineBuilt ? Task.FromResult(quotes.Pipeline) : Task.Run(() => quotes.Pipeline);
        var source = BlankOut(text.Text, front.BodyStart);
        var overfull = LinkRunGuard.FirstOverfullBlock(source, front.BodyStart);
        var pipeline = pipelineBuilt.GetAwaiter().GetResult();
        if (overfull is not null)
        {
            diagnostics.Error(
                InputDiagnosticCodes.TooManyLinksInParagraph,
                text.SpanAt(overfull.Value),
                "this paragraph has too many links ('](' openers) for its length: reading it would take too long, so it is refused; split it");
            return null;
        }

        if (MarkdownNesting.FirstExcess(source, front.BodyStart) is { } excess)
        {
            ReportExcess(excess, text.SpanAt(excess.Offset), diagnostics);
            return null;
        }

        Md.MarkdownDocument parsed;
        try
        {
            var context = InlineContentParser.ContextFor(source);
            if (front.Citations.HasReferences)
            {
                CitationParsing.Enable(context);
            }

            parsed = Markdig.Markdown.Parse(source, pipeline, context);
        }
        catch (ArgumentException exception) when (exception.Message.Contains("nested", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Error(DiagnosticCodes.NestingTooDeep, text.SpanAt(front.BodyStart), MarkdownLimits.TooDeepMessage);
            return null;
        }

        cancellation.ThrowIfCancellationRequested();
        var builder = new MarkdownModelBuilder(source, text.Folder, quotes, diagnostics, text.SpanAt, notesAllowed: true, MarkdownDocumentIndex.Of(parsed));
        builder.CheckFigureImagesAhead(parsed, cancellation);
        var title = front.Title;
        var blocks = parsed.Where(block => block is not (FootnoteGroup or Md.LinkReferenceDefinitionGroup or Md.BlankLineBlock)).ToList();
        if (blocks.Count > 0 && blocks[0] is Md.HeadingBlock { Level: 1 } first)
        {
            var headingText = builder.HeadingText(first);
            if (title is null && !BibliographyHeadings.IsBibliography(headingText))
            {
                title = headingText;
                blocks.RemoveAt(0);
            }
            else if (title is not null && SameText(headingText, title))
            {
                blocks.RemoveAt(0);
            }
        }

        if (title is null)
        {
            if (!front.Invalid)
            {
                diagnostics.Error(DiagnosticCodes.FrontMatterInvalid, text.SpanAt(0), "the manuscript has no title: add 'title:' to the front matter or start with a '# Title' heading");
            }

            title = Path.GetFileNameWithoutExtension(text.Path);
        }

        var frontMatterBlocks = front.Abstract is { } abstractText ? FieldBlocks(abstractText, text, quotes, pipeline, diagnostics) : [];
        var body = ImmutableArray.CreateBuilder<Block>();
        var bibliography = ImmutableArray.CreateBuilder<BibliographyEntry>();
        var inBibliography = false;
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            cancellation.ThrowIfCancellationRequested();
            if (block is Md.HeadingBlock { Level: 1 } heading)
            {
                // A "# References" over a {#refs} div is the heading of the bibliography the citations put there.
                inBibliography = BibliographyHeadings.IsBibliography(builder.HeadingText(heading))
                    && !(front.Citations.HasReferences && b + 1 < blocks.Count && IsRefsDiv(blocks[b + 1]));
                if (inBibliography)
                {
                    continue;
                }
            }

            var converted = builder.ConvertBlock(block, 0);
            if (inBibliography)
            {
                bibliography.AddRange(converted.SelectMany(BibliographyEntries));
            }
            else
            {
                body.AddRange(converted);
            }
        }

        builder.ReportTextOnlyConstructs();
        CheckNoteDefinitions(text, front.BodyStart, builder, diagnostics);

        var document = new Document
        {
            SourcePath = text.Path,
            Dialect = ManuscriptDialect.Markdown,
            SourceText = text.Text,
            Metadata = new Metadata
            {
                // Front matter fields are plain text: they get the typographic punctuation Markdig gives the body
                // (and the legacy reader its title and authors); a heading taken as title has it but its spaces.
                Title = front.Title is { } written ? SmartPunctuation.Apply(written, language) : quotes.Spaced(title),
                ShortTitle = front.ShortTitle is { } shortTitle ? SmartPunctuation.Apply(shortTitle, language) : null,
                Subtitle = front.Subtitle is { } subtitle ? SmartPunctuation.Apply(subtitle, language) : null,
                Authors = [.. front.Authors.Select(author => SmartPunctuation.Apply(author, language))],
                Language = language,
                Date = front.Date,
                Publisher = front.Publisher,
                Series = front.Series,
                Number = front.Number,
                Identifier = front.Identifier,
                Source = front.Source,
            },
            FrontMatter = frontMatterBlocks,
            Body = body.ToImmutable(),
            Notes = [.. builder.Notes.Ordered],
            Bibliography = bibliography.ToImmutable(),
            Citation = front.Citation is { } citation ? FieldInlines(citation, text, quotes, pipeline, diagnostics) : [],
            AboutAuthor = front.AboutAuthor is { } about ? FieldBlocks(about, text, quotes, pipeline, diagnostics) : [],
            Institution = front.Institution.IsEmpty ? null : new Institution(front.Institution),
        };

        // Citations are rendered once the whole manuscript is read: a note's number depends on every note before it.
        return front.Citations.HasReferences ? Citing.CitationResolver.Resolve(document, front.Citations, text.Folder, diagnostics) : document;
    }

    /// <summary>Pandoc's <c>::: {#refs}</c>, where the citations' bibliography goes.</summary>
    private static bool IsRefsDiv(Md.Block block) =>
        block is CustomContainer container && container.TryGetAttributes()?.Id == "refs";

    /// <summary>One entry per paragraph (or per list item) of the bibliography section.</summary>
    private static IEnumerable<BibliographyEntry> BibliographyEntries(Block block) => block switch
    {
        ParagraphBlock p => [new BibliographyEntry(p.Content, p.Span)],
        HeadingBlock h => [new BibliographyEntry(h.Content, h.Span)],
        FigureBlock f => [new BibliographyEntry(f.Caption, f.Span)],
        ListBlock l => l.Items.Select(item => new BibliographyEntry(JoinParagraphs(item.Children), item.Span)),
        BlockQuoteBlock q => q.Children.SelectMany(BibliographyEntries),
        CodeBlock c => [new BibliographyEntry([new CodeInline(c.Text.Replace('\n', ' '), c.Span)], c.Span)],
        ThematicBreakBlock => [],

        // Issue 17's blocks in a bibliography: a div's entries are its own; a table row, a definition list item or a
        // formula is one entry, its text joined (a bibliography is a list of entries, not of structures).
        DivBlock d => d.Children.SelectMany(BibliographyEntries),
        DefinitionListBlock d => d.Items.Select(item => new BibliographyEntry(JoinParagraphs([.. item.Terms.Select(term => new ParagraphBlock(term, item.Span)), .. item.Definitions.SelectMany(definition => definition)]), item.Span)),
        TableBlock t => t.Rows.Where(row => !row.IsHeader).Select(row => new BibliographyEntry(JoinParagraphs(row.Cells.SelectMany(cell => cell.Content)), row.Span)),
        MathBlock m => [new BibliographyEntry([new MathInline(m.Tex, m.Span)], m.Span)],
        _ => throw new InvalidOperationException($"Unknown block kind {block.GetType().Name}."),
    };

    private static ImmutableArray<Inline> JoinParagraphs(IEnumerable<Block> blocks)
    {
        var result = ImmutableArray.CreateBuilder<Inline>();
        foreach (var entry in blocks.SelectMany(BibliographyEntries))
        {
            if (result.Count > 0)
            {
                result.Add(new TextInline(" ", entry.Span));
            }

            result.AddRange(entry.Content);
        }

        return result.ToImmutable();
    }

    /// <summary>PUB1102 (defined, never referenced) and PUB1103 (defined twice), from the definition lines.</summary>
    private static void CheckNoteDefinitions(ManuscriptText text, int bodyStart, MarkdownModelBuilder builder, DiagnosticBag diagnostics)
    {
        var firstDefinition = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (label, offset) in FootnoteDefinitionScanner.Scan(text.Text, bodyStart))
        {
            if (firstDefinition.TryGetValue(label, out var first))
            {
                diagnostics.Error(
                    DiagnosticCodes.NoteLabelDefinedTwice,
                    text.SpanAt(offset),
                    string.Create(CultureInfo.InvariantCulture, $"note label [^{label}] is defined twice; the first definition is on line {text.SpanAt(first).Line}"));
                continue;
            }

            firstDefinition.Add(label, offset);
            if (!builder.Notes.IsReferenced(label))
            {
                diagnostics.Warning(
                    DiagnosticCodes.NoteDefinedButNeverReferenced,
                    text.SpanAt(offset),
                    builder.FlattenedLabels.Contains(label)
                        ? $"note [^{label}] is referenced only from inside another note, so it is not printed"
                        : $"note [^{label}] is defined but never referenced, so it is not printed");
            }
        }
    }

    private static ImmutableArray<Block> FieldBlocks(FrontMatterText field, ManuscriptText text, SmartyPantsMarks quotes, MarkdownPipeline pipeline, DiagnosticBag diagnostics)
    {
        if (MarkdownNesting.FirstExcess(field.Markdown) is { } excess)
        {
            ReportExcess(excess, field.Span, diagnostics);
            return [];
        }

        var parsed = Markdig.Markdown.Parse(field.Markdown, pipeline, InlineContentParser.ContextFor(field.Markdown));
        var builder = new MarkdownModelBuilder(field.Markdown, text.Folder, quotes, diagnostics, _ => field.Span, notesAllowed: false, MarkdownDocumentIndex.Of(parsed));
        return builder.ConvertBlocks(parsed, 0);
    }

    private static ImmutableArray<Inline> FieldInlines(FrontMatterText field, ManuscriptText text, SmartyPantsMarks quotes, MarkdownPipeline pipeline, DiagnosticBag diagnostics) =>
        JoinParagraphs(FieldBlocks(field, text, quotes, pipeline, diagnostics));

    private static void ReportExcess(MarkdownNestingExcess excess, SourceSpan span, DiagnosticBag diagnostics)
    {
        if (excess.Limit == MarkdownNestingLimit.EmphasisDelimiters)
        {
            diagnostics.Error(InputDiagnosticCodes.TooManyEmphasisDelimitersInParagraph, span, MarkdownLimits.TooManyDelimitersMessage);
        }
        else
        {
            diagnostics.Error(DiagnosticCodes.NestingTooDeep, span, MarkdownLimits.TooDeepMessage);
        }
    }

    /// <summary>The text with the front matter replaced by blank lines: offsets, lines and columns stay exact.</summary>
    private static string BlankOut(string text, int bodyStart)
    {
        if (bodyStart == 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, bodyStart), static (blanked, source) =>
        {
            source.text.AsSpan().CopyTo(blanked);
            foreach (ref var c in blanked[..source.bodyStart])
            {
                c = c == '\n' ? '\n' : ' ';
            }
        });
    }

    /// <summary>Heading and title compared as a reader sees them: case, quotes and dashes folded.</summary>
    private static bool SameText(string heading, string title) =>
        string.Equals(Fold(heading), Fold(title), StringComparison.OrdinalIgnoreCase);

    private static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            folded.Append(c switch
            {
                '“' or '”' or '„' or '«' or '»' => "\"",
                '‘' or '’' or '‚' => "'",
                '–' => "--",
                '—' => "---",
                '…' => "...",
                '\u00A0' => string.Empty,
                _ => c.ToString(),
            });
        }

        return folded.ToString().Replace(" \"", "\"", StringComparison.Ordinal);
    }
}
