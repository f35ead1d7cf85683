using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Extensions.Tables;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;

namespace Publish.Manuscript.Markdown;

/// <summary>
/// The Markdig pipeline of the reader. No <c>UseYamlFrontMatter()</c>: the reader blanks the front matter out
/// itself (keeping offsets) so Markdig and <see cref="FrontMatterReader"/> can never disagree on where it ends.
/// No <c>UseFigures()</c>: its <c>^^^</c> fences are not part of our dialect; a standalone image is the figure.
/// The Pandoc extensions authors use (issue 17) are Markdig's own, with three choices made here:
/// <list type="bullet">
/// <item>emphasis extras only for <c>~~strike~~</c>, <c>H~2~O</c> and <c>x^2^</c> (Pandoc's <c>strikeout</c>,
/// <c>subscript</c>, <c>superscript</c>); Markdig's <c>++inserted++</c> and <c>==marked==</c> are no Pandoc syntax;</item>
/// <item>fenced divs are Markdig's <see cref="CustomContainerParser"/> alone: the extension would also make
/// <c>::text::</c> an inline container, which Pandoc does not have;</item>
/// <item>definition lists through <see cref="TableAwareDefinitionListParser"/>, so that a pipe table's
/// <c>: caption</c> stays a caption (Markdig parses pipe tables as paragraphs first).</item>
/// </list>
/// Pandoc's example lists (<c>(@)</c>, <c>(@label)</c>) come from <see cref="ExampleListItemParser"/> and
/// <see cref="ExampleReferenceParser"/>. Pandoc's simple tables come from <see cref="SimpleTableParser"/>, before the thematic break parser that would take
/// their dash line. Task boxes come from <see cref="LeadingTaskListParser"/> (Markdig's, held to the start of an item). Three parsers of
/// our own do what no Markdig extension does: <see cref="InlineNoteParser"/> (<c>^[note]</c>, before
/// the emphasis parser that would take <c>^</c> for a superscript), <see cref="BracketedSpanParser"/>
/// (<c>[text]{lang=tr}</c>, <c>[@fig:id]</c>, before the link parser) and <see cref="ReferenceParser"/> (<c>@key</c>).
/// Heading identifiers follow Pandoc's <c>auto_identifiers</c> (letters kept in any script, not only ASCII), and
/// <c>[Heading text]</c> links to the heading (Pandoc's <c>implicit_header_references</c>). Generic attributes
/// come last, as Markdig requires, so that every block parser present takes <c>{#id .class key=value}</c>.
/// </summary>
internal static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create(SmartyPantsMarks quotes)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UseMathematics()
            .UsePipeTables(new PipeTableOptions { InferColumnWidthsFromSeparator = true })
            .UseGridTables()
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough | EmphasisExtraOptions.Subscript | EmphasisExtraOptions.Superscript)
            .UseAutoIdentifiers(AutoIdentifierOptions.AutoLink)
            .UseFootnotes()
            .UseAutoLinks()
            .UseSmartyPants(quotes.ToOptions());
        builder.BlockParsers.Insert(0, new TableAwareDefinitionListParser());
        builder.BlockParsers.Insert(0, new CustomContainerParser());
        builder.BlockParsers.InsertBefore<ThematicBreakParser>(new SimpleTableParser());
        builder.BlockParsers.Find<ListBlockParser>()!.ItemParsers.Add(new ExampleListItemParser());
        builder.InlineParsers.InsertBefore<LinkInlineParser>(new ExampleReferenceParser());
        builder.InlineParsers.InsertBefore<EmphasisInlineParser>(new InlineNoteParser());
        builder.InlineParsers.InsertBefore<LinkInlineParser>(new LeadingTaskListParser());
        builder.InlineParsers.InsertBefore<LinkInlineParser>(new CitationParser());
        builder.InlineParsers.InsertBefore<LinkInlineParser>(new BracketedSpanParser());
        builder.InlineParsers.InsertBefore<EmphasisInlineParser>(new ReferenceParser());
        builder.UseGenericAttributes();
        builder.MaximumNestingDepth = MarkdownLimits.MarkdigNestingDepth;
        return builder.Build();
    }
}
