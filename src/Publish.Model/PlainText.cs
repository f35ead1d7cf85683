using System.Collections.Immutable;
using System.Text;
using Publish.Model.Blocks;
using Publish.Model.Inlines;

namespace Publish.Model;

/// <summary>
/// The text a reader sees, without markup: used for alt text, search, metadata and tests.
/// A line break renders as a space; a note reference as its number, or as nothing when
/// <c>withNoteMarkers</c> is false (the prose alone, as <c>publish inspect</c> shows it).
/// </summary>
public static class PlainText
{
    public static string Of(IEnumerable<Inline> inlines, bool withNoteMarkers = true)
    {
        var text = new StringBuilder();
        Append(text, inlines, withNoteMarkers);
        return text.ToString();
    }

    /// <summary>Blocks separated by one blank line, list items and quotes flattened.</summary>
    public static string Of(IEnumerable<Block> blocks, bool withNoteMarkers = true) =>
        string.Join("\n\n", Paragraphs(blocks, withNoteMarkers));

    /// <summary>
    /// <c>Of([block]).Length</c> without building the string: a writer sizing its files by text length asks this for
    /// every block of a book.
    /// </summary>
    public static int LengthOf(Block block)
    {
        var length = 0;
        var paragraphs = 0;
        foreach (var paragraph in Flatten([block], LengthOf, code => code.Length))
        {
            length += paragraph;
            paragraphs++;
        }

        // Paragraphs are joined by a blank line.
        return length + (2 * Math.Max(0, paragraphs - 1));
    }

    public static IEnumerable<string> Paragraphs(IEnumerable<Block> blocks, bool withNoteMarkers = true) =>
        Flatten(blocks, inlines => Of(inlines, withNoteMarkers), code => code);

    /// <summary>One value per paragraph of text (list items and quotes flattened), from its inlines or a code block's text.</summary>
    private static IEnumerable<T> Flatten<T>(IEnumerable<Block> blocks, Func<ImmutableArray<Inline>, T> ofInlines, Func<string, T> ofCode)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    yield return ofInlines(heading.Content);
                    break;
                case ParagraphBlock paragraph:
                    yield return ofInlines(paragraph.Content);
                    break;
                case FigureBlock figure:
                    yield return ofInlines(figure.Caption);
                    break;
                case BlockQuoteBlock quote:
                    foreach (var inner in Flatten(quote.Children, ofInlines, ofCode))
                    {
                        yield return inner;
                    }

                    break;
                case ListBlock list:
                    foreach (var inner in Flatten(list.Items.SelectMany(item => item.Children), ofInlines, ofCode))
                    {
                        yield return inner;
                    }

                    break;
                case CodeBlock code:
                    yield return ofCode(code.Text);
                    break;
                case MathBlock math:
                    yield return ofCode(math.Tex);
                    break;
                case TableBlock table:
                    if (!table.Caption.IsDefaultOrEmpty)
                    {
                        yield return ofInlines(table.Caption);
                    }

                    foreach (var inner in Flatten(table.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Content), ofInlines, ofCode))
                    {
                        yield return inner;
                    }

                    break;
                case DefinitionListBlock definitions:
                    foreach (var item in definitions.Items)
                    {
                        foreach (var term in item.Terms)
                        {
                            yield return ofInlines(term);
                        }

                        foreach (var inner in Flatten(item.Definitions.SelectMany(d => d), ofInlines, ofCode))
                        {
                            yield return inner;
                        }
                    }

                    break;
                case DivBlock div:
                    foreach (var inner in Flatten(div.Children, ofInlines, ofCode))
                    {
                        yield return inner;
                    }

                    break;
                case ThematicBreakBlock:
                    break;
                default:
                    throw new InvalidOperationException($"Unknown block kind {block.GetType().Name}.");
            }
        }
    }

    /// <summary>What <see cref="Append"/> would add, counted (note markers included, as <c>LengthOf</c>'s callers size text).</summary>
    private static int LengthOf(ImmutableArray<Inline> inlines)
    {
        var length = 0;
        foreach (var inline in inlines)
        {
            length += inline switch
            {
                TextInline t => t.Text.Length,
                EmphasisInline e => LengthOf(e.Children),
                StrongInline s => LengthOf(s.Children),
                LinkInline l => LengthOf(l.Children),
                FormattedInline f => LengthOf(f.Children),
                SpanInline s => LengthOf(s.Children),
                CitationInline c => LengthOf(c.Children),
                CrossReferenceInline x => x.Children.IsDefaultOrEmpty ? 0 : LengthOf(x.Children),
                ManuscriptLinkInline m => LengthOf(m.Children),
                MathInline m => m.Tex.Length,
                CodeInline c => c.Code.Length,
                LineBreakInline => 1,
                NoteReferenceInline n => n.Note.Number.ToString(System.Globalization.CultureInfo.InvariantCulture).Length,
                _ => throw new InvalidOperationException($"Unknown inline kind {inline.GetType().Name}."),
            };
        }

        return length;
    }

    /// <summary>
    /// Each piece of text <see cref="Of(IEnumerable{Block}, bool)"/> would join, in order, handed to
    /// <paramref name="piece"/> as it lies in the model (the blank lines between paragraphs left out): for a reader of
    /// every character (which fonts a book needs) that has no use for the joined string, a copy of the book's text.
    /// </summary>
    public static void ForEachPiece(IEnumerable<Block> blocks, Action<string> piece, bool withNoteMarkers = true)
    {
        ArgumentNullException.ThrowIfNull(piece);
        foreach (var _ in Flatten(blocks, inlines => Visit(inlines, withNoteMarkers, piece), code => Visit(code, piece)))
        {
        }
    }

    /// <summary>As <see cref="ForEachPiece(IEnumerable{Block}, Action{string}, bool)"/> for inlines.</summary>
    public static void ForEachPiece(IEnumerable<Inline> inlines, Action<string> piece, bool withNoteMarkers = true)
    {
        ArgumentNullException.ThrowIfNull(piece);
        Visit(inlines, withNoteMarkers, piece);
    }

    private static void Append(StringBuilder text, IEnumerable<Inline> inlines, bool withNoteMarkers) =>
        Visit(inlines, withNoteMarkers, piece => text.Append(piece));

    private static bool Visit(string code, Action<string> piece)
    {
        piece(code);
        return true;
    }

    private static bool Visit(IEnumerable<Inline> inlines, bool withNoteMarkers, Action<string> piece)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline t:
                    piece(t.Text);
                    break;
                case EmphasisInline e:
                    Visit(e.Children, withNoteMarkers, piece);
                    break;
                case StrongInline s:
                    Visit(s.Children, withNoteMarkers, piece);
                    break;
                case LinkInline l:
                    Visit(l.Children, withNoteMarkers, piece);
                    break;
                case FormattedInline f:
                    Visit(f.Children, withNoteMarkers, piece);
                    break;
                case SpanInline s:
                    Visit(s.Children, withNoteMarkers, piece);
                    break;
                case CitationInline c:
                    Visit(c.Children, withNoteMarkers, piece);
                    break;
                case CrossReferenceInline x:
                    Visit(x.Children, withNoteMarkers, piece);
                    break;
                case ManuscriptLinkInline m:
                    Visit(m.Children, withNoteMarkers, piece);
                    break;
                case MathInline m:
                    piece(m.Tex);
                    break;
                case CodeInline c:
                    piece(c.Code);
                    break;
                case LineBreakInline:
                    piece(" ");
                    break;
                case NoteReferenceInline n when withNoteMarkers:
                    piece(n.Note.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case NoteReferenceInline:
                    break;
                default:
                    throw new InvalidOperationException($"Unknown inline kind {inline.GetType().Name}.");
            }
        }

        return true;
    }
}
