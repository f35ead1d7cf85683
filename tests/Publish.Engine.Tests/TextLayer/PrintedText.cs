using System.Globalization;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Inlines;

namespace Publish.Engine.Tests.TextLayer;

/// <summary>
/// The words a reader of the print edition reads, derived from the manuscript's model (not from the layout code):
/// the running text in print order — title, subtitle and authors; the abstract under its label; the body (a
/// list item led by its label "•" or "3.", code as written); the bibliography, the
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

    private PrintedText(Document document)
    {
        _byNumber = document.Notes.ToDictionary(n => n.Number);
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

        Blocks(document.Body);
        if (!document.Bibliography.IsDefaultOrEmpty)
        {
            Add(labels.Bibliography);
            foreach (var entry in document.Bibliography)
            {
                Inlines(entry.Content);
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
            foreach (var block in note.Content)
            {
                // A note is set as running text; a scene break inside one is its stars, set inline as text.
                notes.AddRange(Words(block is ThematicBreakBlock ? "* * *" : PlainText.Of([block])));
            }
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
                    Captions.AddRange(Words(PlainText.Of(figure.Caption)));
                    NotesIn(figure.Caption);
                    break;
                case BlockQuoteBlock quote:
                    Blocks(quote.Children);
                    break;
                case ListBlock list:
                    for (var i = 0; i < list.Items.Length; i++)
                    {
                        Add(list.Ordered ? (list.Start + i).ToString(CultureInfo.InvariantCulture) + "." : "•");
                        Blocks(list.Items[i].Children);
                    }

                    break;
                case CodeBlock code:
                    Add(code.Text);
                    CodeLines.AddRange(code.Text.Split('\n').Where(line => line.Trim().Length > 0));
                    break;
                case ThematicBreakBlock:
                    break;
                default:
                    throw new InvalidOperationException($"Unknown block kind {block.GetType().Name}.");
            }
        }
    }

    private void Inlines(System.Collections.Immutable.ImmutableArray<Inline> inlines)
    {
        Add(PlainText.Of(inlines));
        NotesIn(inlines);
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
