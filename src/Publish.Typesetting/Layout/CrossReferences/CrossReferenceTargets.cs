using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Inlines;
using Publish.Typesetting.Paragraphs;

namespace Publish.Typesetting.Layout.CrossReferences;

/// <summary>
/// What the document's cross-references point at, read once before layout: the ids referred to, whether any reference
/// prints its target's page (a generated figure or table label: then the layout runs again with the pages), and the
/// headings and tables referred to by their source position, where the flow places their destinations. Destinations of
/// headings and tables are placed only for ids something refers to, so a manuscript whose headings all have automatic
/// ids gets no new names in its PDF.
/// </summary>
internal sealed class CrossReferenceTargets
{
    private readonly Dictionary<SourceSpan, string> _blocks;

    private CrossReferenceTargets(Dictionary<SourceSpan, string> blocks, bool takesPages, bool any)
    {
        _blocks = blocks;
        TakesPages = takesPages;
        Any = any;
    }

    public static CrossReferenceTargets None { get; } = new([], false, false);

    /// <summary>Some reference prints its target's page ("Table 2 on p. 14"): the layout needs a second pass.</summary>
    public bool TakesPages { get; }

    /// <summary>The document has cross-references at all.</summary>
    public bool Any { get; }

    /// <param name="document">The document laid out.</param>
    /// <param name="linkedFromOutside">Ids other articles of a book link to: placed as if the document referred to them.</param>
    public static CrossReferenceTargets Of(Document document, IEnumerable<string>? linkedFromOutside = null)
    {
        var referenced = new HashSet<string>(linkedFromOutside ?? [], StringComparer.Ordinal);
        var takesPages = false;
        var inlines = DocumentWalker.InlinesOutsideNotes(document)
            .Concat(document.Notes.SelectMany(note => note.Content.IsDefault ? [] : note.Content).SelectMany(DocumentWalker.Inlines));
        foreach (var reference in inlines.OfType<CrossReferenceInline>())
        {
            referenced.Add(reference.TargetId);
            takesPages |= CrossReferenceLabel.TakesPage(reference);
        }

        if (referenced.Count == 0)
        {
            return None;
        }

        var blocks = new Dictionary<SourceSpan, string>();
        var all = document.FrontMatter.Concat(document.Body).Concat(document.AboutAuthor)
            .Concat(document.Notes.SelectMany(note => note.Content.IsDefault ? [] : note.Content));
        Collect(all, referenced, blocks);
        return new CrossReferenceTargets(blocks, takesPages, any: true);
    }

    /// <summary>The destination a block set from <paramref name="span"/> begins, if it is a referred-to heading or table.</summary>
    public string? DestinationAt(SourceSpan span) => _blocks.GetValueOrDefault(span);

    private static void Collect(IEnumerable<Block> blocks, HashSet<string> referenced, Dictionary<SourceSpan, string> found)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock { Id: { } id } heading when referenced.Contains(id) && heading.Span.Line > 0:
                    found.TryAdd(heading.Span, CrossReferenceDestination.For(id));
                    break;
                case TableBlock table:
                    if (table.Id is { } tableId && referenced.Contains(tableId) && table.Span.Line > 0)
                    {
                        found.TryAdd(table.Span, CrossReferenceDestination.For(tableId));
                    }

                    Collect(table.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Content), referenced, found);
                    break;
                case BlockQuoteBlock quote:
                    Collect(quote.Children, referenced, found);
                    break;
                case ListBlock list:
                    Collect(list.Items.SelectMany(i => i.Children), referenced, found);
                    break;
                case DefinitionListBlock definitions:
                    Collect(definitions.Items.SelectMany(i => i.Definitions).SelectMany(d => d), referenced, found);
                    break;
                case DivBlock div:
                    Collect(div.Children, referenced, found);
                    break;
            }
        }
    }
}
