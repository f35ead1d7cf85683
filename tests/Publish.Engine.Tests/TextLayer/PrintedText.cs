using System.Globalization;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Inlines;
using Publish.Styles;

namespace Publish.Engine.Tests.TextLayer;

/// <summary>
/// The words a reader of the print edition reads, derived from the manuscript's model (not from the layout code):
/// the running text in print order — title, subtitle and authors; the abstract under its label; the body (a
/// list item led by its label "•" or "3.", code as written, a definition list's terms and definitions, a boxed or
/// abstract div led by its label, display math as typed); the bibliography, the
/// citation and the author's note under their labels — and, apart, the notes in order of first reference, each led
/// by its number ("3."), and the figures' captions (a figure that does not fit floats to the next page). What print legitimately adds or moves: the labels (<see cref="EditionLabels"/> in the
/// document's language), note numbers as markers glued to the word before them, the notes at the page foot. The
/// scene break's stars are an artifact (an ornament), so no words; the running footer and folio are artifacts too.
/// A word is a maximal run of non-whitespace; format characters (soft hyphen, zero-width joiners) are invisible and
/// not part of any word.
/// </summary>
internal sealed class PrintedText
{
    private readonly List<string> _flow = [];
    private readonly List<Note> _notes = [];
    private readonly Dictionary<int, Note> _byNumber;

    private readonly string? _language;

    private PrintedText(Document document)
    {
        _byNumber = document.Notes.ToDictionary(n => n.Number);
        _language = document.Metadata.Language;
    }

    public IReadOnlyList<string> Flow => _flow;

    public IReadOnlyList<string> Notes { get; private set; } = [];

    /// <summary>The figures' captions in manuscript order (a figure may float past the text after it).</summary>
    public List<string> Captions { get; } = [];

    /// <summary>Each code block's lines as written, leading spaces included (a tab is not expected to survive as such).</summary>
    public List<string> CodeLines { get; } = [];

    public static PrintedText Of(Document document)
    {
        var text = new PrintedText(document);
        text.Read(document);
        return text;
    }

    public static List<string> Words(string text) =>
        [.. text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Visible).Where(w => w.Length > 0)];

    /// <summary>The word without format characters (Unicode category Cf: soft hyphen, ZWJ, ZWNJ, word joiner…).</summary>
    public static string Visible(string word) =>
        word.Any(c => char.GetUnicodeCategory(c) == UnicodeCategory.Format)
            ? string.Concat(word.Where(c => char.GetUnicodeCategory(c) != UnicodeCategory.Format))
            : word;

    private void Read(Document document)
    {
        var labels = EditionLabels.ForLanguage(document.Metadata.Language);
        var m = document.Metadata;
        Add(m.Title);
        Add(m.Subtitle);
        if (!m.Authors.IsDefaultOrEmpty)
        {
            Add(string.Join(", ", m.Authors));
        }

        if (!document.FrontMatter.IsDefaultOrEmpty)
        {
            Add(labels.Abstract);
            Blocks(document.FrontMatter);
        }

        // A bibliography placed by a ::: {#refs} div stands before the block at its index, under the author's own
        // heading (no heading of its own); else it follows the body under its heading.
        var placed = document.BibliographyIndex is { } index && !document.Bibliography.IsDefaultOrEmpty
            ? Math.Clamp(index, 0, document.Body.Length)
            : -1;
        if (placed >= 0)
        {
            Blocks(document.Body.Take(placed));
            foreach (var entry in document.Bibliography)
            {
                Inlines(entry.Content);
            }

            Blocks(document.Body.Skip(placed));
        }
        else
        {
            Blocks(document.Body);
            if (!document.Bibliography.IsDefaultOrEmpty)
            {
                Add(document.BibliographyHeading ?? labels.Bibliography);
                foreach (var entry in document.Bibliography)
                {
                    Inlines(entry.Content);
                }
            }
        }

        if (!document.Citation.IsDefaultOrEmpty)
        {
            Add(labels.Citation);
            Inlines(document.Citation);
        }

        if (!document.AboutAuthor.IsDefaultOrEmpty)
        {
            Add(labels.AboutAuthor);
            Blocks(document.AboutAuthor);
        }

        var notes = new List<string>();
        foreach (var note in _notes)
        {
            notes.Add(note.Number.ToString(CultureInfo.InvariantCulture) + ".");
            NoteWords(note.Content, notes);
        }

        Notes = notes;
    }

    private void Blocks(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    Inlines(heading.Content);
                    break;
                case ParagraphBlock paragraph:
                    Inlines(paragraph.Content);
                    break;
                case FigureBlock figure:
                    // A caption whose photo is missing is led by the default style's mark (figures.missing-mark: label).
                    if (figure.Image is null)
                    {
                        Captions.Add(EditionLabels.ForLanguage(_language).MissingPhoto);
                    }

                    Captions.AddRange(Words(PlainText.Of(figure.Caption)));
                    NotesIn(figure.Caption);
                    break;
                case BlockQuoteBlock quote:
                    Blocks(quote.Children);
                    break;
                case ListBlock list:
                    for (var i = 0; i < list.Items.Length; i++)
                    {
                        Add(list.Items[i].Task switch
                        {
                            true => "\u2611",
                            false => "\u2610",
                            null => list.Ordered ? (list.Start + i).ToString(CultureInfo.InvariantCulture) + "." : "•",
                        });
                        Blocks(list.Items[i].Children);
                    }

                    break;
                case CodeBlock code:
                    Add(code.Text);
                    CodeLines.AddRange(code.Text.Split('\n').Where(line => line.Trim().Length > 0));
                    break;
                case ThematicBreakBlock:
                    break;
                case DefinitionListBlock definitions:
                    foreach (var item in definitions.Items)
                    {
                        foreach (var term in item.Terms)
                        {
                            Inlines(term);
                        }

                        foreach (var definition in item.Definitions)
                        {
                            Blocks(definition);
                        }
                    }

                    break;
                case DivBlock div:
                    // A boxed or abstract div is headed by its label (the default style's, in the book's language).
                    if (DivStyles.Default.For(div.Classes)?.Style is { Treatment: DivTreatment.Box or DivTreatment.Abstract, Label: { } label })
                    {
                        Add(label.For(_language));
                    }

                    Blocks(div.Children);
                    break;
                case MathBlock math:
                    Add(math.Tex);
                    break;
                case TableBlock table:
                    // The caption above, led by its label; then the cells row by row (a header repeated on a later page
                    // is an artifact the extractors are not asked to skip, so manuscripts here keep tables on one page).
                    if (!table.Caption.IsDefaultOrEmpty)
                    {
                        // Set in the caption style, read apart from the running text as a figure's caption is.
                        Captions.AddRange(Words(EditionLabels.Numbered(EditionLabels.ForLanguage(_language).Table, table.Number) + ": " + PlainText.Of(table.Caption.Select(Labelled))));
                        NotesIn(table.Caption);
                    }

                    foreach (var cell in table.Rows.SelectMany(row => row.Cells))
                    {
                        Blocks(cell.Content);
                    }

                    break;
                default:
                    throw new InvalidOperationException($"Unknown block kind {block.GetType().Name}.");
            }
        }
    }

    /// <summary>
    /// A note's blocks as print sets them at the page foot: each block's words, a list item led by its label, a scene
    /// break as its stars (set as text there), a table or figure as its words.
    /// </summary>
    private static void NoteWords(IEnumerable<Block> blocks, List<string> words)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case ThematicBreakBlock:
                    words.AddRange(Words("* * *"));
                    break;
                case ListBlock list:
                    for (var i = 0; i < list.Items.Length; i++)
                    {
                        words.Add(list.Ordered ? (list.Start + i).ToString(CultureInfo.InvariantCulture) + "." : "•");
                        NoteWords(list.Items[i].Children, words);
                    }

                    break;
                case BlockQuoteBlock quote:
                    NoteWords(quote.Children, words);
                    break;
                case DivBlock div:
                    NoteWords(div.Children, words);
                    break;
                case DefinitionListBlock definitions:
                    foreach (var item in definitions.Items)
                    {
                        foreach (var term in item.Terms)
                        {
                            words.AddRange(Words(PlainText.Of(term)));
                        }

                        foreach (var definition in item.Definitions)
                        {
                            NoteWords(definition, words);
                        }
                    }

                    break;
                default:
                    words.AddRange(Words(PlainText.Of([block])));
                    break;
            }
        }
    }

    private void Inlines(System.Collections.Immutable.ImmutableArray<Inline> inlines)
    {
        Add(PlainText.Of(inlines.Select(Labelled)));
        NotesIn(inlines);
    }

    /// <summary>A cross-reference without link text prints its target's label ("Table 1", a heading's text).</summary>
    private Inline Labelled(Inline inline)
    {
        if (inline is not CrossReferenceInline { Children.IsDefaultOrEmpty: true } reference)
        {
            return inline;
        }

        return new TextInline(EditionLabels.ForLanguage(_language).LabelOf(reference), reference.Span);
    }

    private void NotesIn(System.Collections.Immutable.ImmutableArray<Inline> inlines)
    {
        foreach (var reference in DocumentWalker.Flatten(inlines).OfType<NoteReferenceInline>())
        {
            if (_byNumber.TryGetValue(reference.Note.Number, out var note) && !_notes.Contains(note))
            {
                _notes.Add(note);
            }
        }
    }

    private void Add(string? text)
    {
        if (text is not null)
        {
            _flow.AddRange(Words(text));
        }
    }
}
