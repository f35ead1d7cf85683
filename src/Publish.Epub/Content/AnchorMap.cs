using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Inlines;

namespace Publish.Epub.Content;

/// <summary>
/// Where every element with an author's id lands before any content document is written: a cross-reference may
/// point forward into a file not written yet, and the planner splits the book into several files, so a link is
/// <c>file.xhtml#id</c>. Built from the planned parts in reading order; the ids are the author's made valid and
/// unique (<see cref="AuthorIds"/>). Notes are left out: a note's text is repeated in every file that refers to it,
/// so an id inside it would not be unique, and the writers drop it there.
/// </summary>
internal sealed class AnchorMap
{
    private readonly Dictionary<object, string> _ids = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, string> _hrefs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _claimed = new(StringComparer.Ordinal);
    private readonly AuthorIds _authorIds;
    private string _file = "";

    private AnchorMap(AuthorIds authorIds) => _authorIds = authorIds;

    /// <summary>
    /// The anchors of <paramref name="document"/>'s <paramref name="parts"/>. In a book each article has its own map (a
    /// cross-reference resolves inside its article) over the one <paramref name="authorIds"/> of the package.
    /// </summary>
    public static AnchorMap Of(Document document, IEnumerable<ContentPart> parts, AuthorIds? authorIds = null)
    {
        var map = new AnchorMap(authorIds ?? new AuthorIds());
        foreach (var part in parts)
        {
            map._file = part.FileName;
            switch (part.Kind)
            {
                case PartKind.Text or PartKind.AboutAuthor:
                    foreach (var unit in part.Units)
                    {
                        if (unit.Entries.IsEmpty)
                        {
                            map.Blocks([unit.Block]);
                        }
                        else
                        {
                            map.Entries(unit.Entries);
                        }
                    }

                    break;
                case PartKind.Bibliography:
                    map.Entries(document.Bibliography);
                    break;
                case PartKind.Colophon or PartKind.Citation:
                    map.Inlines(document.Citation);
                    break;
                default:
                    break;
            }
        }

        return map;
    }

    private void Entries(ImmutableArray<BibliographyEntry> entries)
    {
        foreach (var entry in entries)
        {
            Add(entry, entry.Id);
        }

        Inlines(entries.SelectMany(e => e.Content));
    }

    /// <summary>The XML id of a heading, figure, table, div or span that carries an author's id; null for one that does not.</summary>
    public string? IdOf(object node) => _ids.GetValueOrDefault(node);

    /// <summary>
    /// The id to write on <paramref name="node"/>'s element, once: a node the model holds twice (the same record in
    /// two places) gets its id on the first element only, so an id stays unique whatever the model looks like.
    /// </summary>
    public string? Claim(object node) => IdOf(node) is { } id && _claimed.Add(id) ? id : null;

    /// <summary>The link to the element the author's <paramref name="targetId"/> names, seen from <paramref name="fromFile"/>; null when nothing outside the notes has it.</summary>
    public string? HrefOf(string targetId, string fromFile) =>
        _hrefs.TryGetValue(targetId, out var href)
            ? href.StartsWith(fromFile + "#", StringComparison.Ordinal) ? href[fromFile.Length..] : href
            : null;

    private void Add(object node, string? authorId)
    {
        if (string.IsNullOrWhiteSpace(authorId) || _ids.ContainsKey(node))
        {
            return;
        }

        var id = _authorIds.Take(authorId);
        _ids[node] = id;

        // Two elements with one author id: the first is the target, as the reader resolved it.
        _hrefs.TryAdd(authorId, _file + "#" + id);
    }

    private void Blocks(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    Add(heading, heading.Id);
                    Inlines(heading.Content);
                    break;
                case ParagraphBlock paragraph:
                    Inlines(paragraph.Content);
                    break;
                case FigureBlock figure:
                    Add(figure, figure.Id);
                    Inlines(figure.Caption);
                    break;
                case TableBlock table:
                    Add(table, table.Id);
                    Inlines(table.Caption);
                    Blocks(table.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Content));
                    break;
                case DivBlock div:
                    Add(div, div.Id);
                    Blocks(div.Children);
                    break;
                case BlockQuoteBlock quote:
                    Blocks(quote.Children);
                    break;
                case ListBlock list:
                    Blocks(list.Items.SelectMany(i => i.Children));
                    break;
                case DefinitionListBlock definitions:
                    foreach (var item in definitions.Items)
                    {
                        Inlines(item.Terms.SelectMany(t => t));
                        Blocks(item.Definitions.SelectMany(d => d));
                    }

                    break;
                case CodeBlock or MathBlock or ThematicBreakBlock:
                    break;
                default:
                    throw new InvalidOperationException($"Unknown block kind {block.GetType().Name}.");
            }
        }
    }

    private void Inlines(IEnumerable<Inline> inlines)
    {
        foreach (var span in DocumentWalker.Flatten(inlines).OfType<SpanInline>())
        {
            Add(span, span.Id);
        }
    }
}
