using System.Collections.Immutable;
using System.Globalization;
using Publish.Citations;
using Publish.Manuscript.Markdown;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;

namespace Publish.Manuscript.Citing;

/// <summary>
/// Renders a read manuscript's citations through the CSL processor and rewrites the document with them (issue 22).
/// Every citation is rendered in reading order, an author's note's at the note's first reference. In a note style a
/// citation of the running text becomes a note numbered together with the author's notes, its mark after the
/// punctuation that follows it (<c>notes-after-punctuation</c>), its first letter a capital in the document's
/// language; a citation inside an author's note is set inside it. In an author-date style citations stay in the
/// text. An in-text citation (<c>@a says</c>) sets the author's names in the sentence: in a note style the note after
/// them holds the citation, in an author-date style the rest follows the names. The bibliography (the cited items,
/// <c>nocite</c> ones too) becomes the document's, its entries with ids for <c>link-citations</c>. A key no
/// reference has is a warning at the citation and prints as <c>key?</c> in bold.
/// </summary>
internal sealed class CitationResolver
{
    private const string Punctuation = ".,;:!?";

    private readonly CitationSettings _settings;
    private readonly CultureInfo _culture;
    private readonly bool _noteStyle;
    private readonly IReadOnlyDictionary<string, CslItem> _items;
    private readonly List<(CitationInline Inline, Planned Plan)> _inOrder = [];
    private readonly Dictionary<CitationInline, Planned> _planned = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Note, Note> _renumbered = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Note, Note> _rewritten = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Note> _citationNotes = new(ReferenceEqualityComparer.Instance);
    private readonly List<Note> _ordered = [];
    private Func<Note, ImmutableArray<Block>> _visitNote = note => note.Content;
    private int _noteNumber;
    private int _insideNote;

    private CitationResolver(CitationSettings settings, CultureInfo culture, bool noteStyle, IReadOnlyDictionary<string, CslItem> items)
    {
        _settings = settings;
        _culture = culture;
        _noteStyle = noteStyle;
        _items = items;
    }

    public static Document Resolve(Document document, CitationSettings settings, string folder, DiagnosticBag diagnostics)
    {
        if (CitationSources.Load(settings, folder, document.SourcePath, diagnostics) is not { } sources)
        {
            return document;
        }

        var language = document.Metadata.Language ?? "en";
        var processor = new CslProcessor(sources.Style, sources.Items, sources.Locales, language);
        var resolver = new CitationResolver(settings, CultureOf(language), sources.Style.IsNoteStyle, processor.Items);

        // First pass: number the notes and plan every citation in reading order (the processor needs them all
        // before it renders one: positions, disambiguation). The second pass rewrites with the rendered text.
        var planner = new InlineListMapper(resolver.Plan, inlines => inlines);
        resolver._visitNote = note => planner.Blocks(note.Content);
        _ = planner.Blocks(document.Body);
        resolver.ReportUnknownKeys(diagnostics);
        resolver.Render(processor, sources);

        var writer = new InlineListMapper(resolver.Rewrite, resolver.MoveMarks);
        resolver._visitNote = note => writer.Blocks(note.Content);
        var body = writer.Blocks(document.Body);

        var entries = settings.SuppressBibliography ? [] : resolver.Bibliography(processor, SourceSpan.WholeFile(document.SourcePath));
        var index = entries.IsEmpty ? null : PlaceAtRefs(body);
        return document with
        {
            // Empty {#refs} divs mark a place; they set nothing. The first one's index is the same without them (none is before it).
            Body = [.. body.Where(block => block is not DivBlock { Id: "refs", Children.IsEmpty: true })],
            Notes = [.. resolver._ordered],
            Bibliography = document.Bibliography.AddRange(entries),
            BibliographyIndex = index,

            // Pandoc: a {#refs} div has no heading made for it (the author's heading before it is its heading).
            BibliographyHeading = index is null ? settings.ReferenceSectionTitle ?? document.BibliographyHeading : null,
            CitationStyle = sources.Style.Title,
            CitationKeys = settings.Written,
            CitationInputs = [.. sources.Files],
        };
    }

    /// <summary>
    /// The index of the block the bibliography is set before, in the body without its empty <c>{#refs}</c> divs: where
    /// the first top-level <c>::: {#refs}</c> div stood (after it when it has content of its own, which Pandoc sets
    /// before the entries). Null when there is no such div: the bibliography goes after the body.
    /// </summary>
    private static int? PlaceAtRefs(ImmutableArray<Block> body)
    {
        for (var at = 0; at < body.Length; at++)
        {
            if (body[at] is DivBlock { Id: "refs" } refs)
            {
                return refs.Children.IsEmpty ? at : at + 1;
            }
        }

        return null;
    }

    private static CultureInfo CultureOf(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    private IEnumerable<Inline> Plan(Inline inline)
    {
        switch (inline)
        {
            case NoteReferenceInline reference when !_renumbered.ContainsKey(reference.Note):
                _renumbered[reference.Note] = reference.Note with { Number = ++_noteNumber };
                _insideNote++;
                _visitNote(reference.Note);
                _insideNote--;
                break;
            case CitationInline citation:
                var noteNumber = _insideNote > 0 ? _noteNumber : _noteStyle ? ++_noteNumber : 0;
                var cites = citation.Cites.Select(cite => new Cite(cite.Key)
                {
                    Prefix = cite.Prefix,
                    Suffix = cite.Suffix,
                    Locator = cite.Locator,
                    Label = cite.Label,
                    SuppressAuthor = cite.SuppressAuthor || (citation.InText && !_noteStyle),
                }).ToList();
                var plan = new Planned(new Citation(cites, noteNumber), noteNumber, _insideNote > 0)
                {
                    Author = citation.InText ? new Citation([new Cite(citation.Cites[0].Key) { AuthorOnly = true }], 0) : null,
                };
                _planned[citation] = plan;
                _inOrder.Add((citation, plan));
                break;
            default:
                break;
        }

        return [inline];
    }

    private void ReportUnknownKeys(DiagnosticBag diagnostics)
    {
        foreach (var (citation, _) in _inOrder)
        {
            foreach (var key in citation.Cites.Select(cite => cite.Key).Where(key => !_items.ContainsKey(key)).Distinct(StringComparer.Ordinal))
            {
                diagnostics.Warning(MarkdownDiagnosticCodes.UnknownCitationKey, citation.Span, $"no reference has the key '{key}'; it is set as '{key}?'");
            }
        }
    }

    private void Render(CslProcessor processor, CitationSources sources)
    {
        var citations = _inOrder.Select(pair => pair.Plan.Citation).ToList();
        var nocite = _settings.NoCite.Contains("*") ? [.. _items.Keys] : _settings.NoCite.Where(_items.ContainsKey).ToList();
        if (nocite.Count > 0)
        {
            // Pandoc's nocite: cited after everything, so the bibliography holds them and no position changes.
            citations.Add(new Citation([.. nocite.Select(key => new Cite(key))], _noteNumber + 1));
        }

        var rendered = processor.ProcessCitations(citations, OutputFormat.Html);

        // An in-text citation's names come from a processor of their own, so they take no position from the citations.
        var inText = _inOrder.Where(pair => pair.Plan.Author is not null).ToList();
        var names = inText.Count == 0 ? [] : new CslProcessor(sources.Style, sources.Items, sources.Locales, processor.Language).ProcessCitations([.. inText.Select(pair => pair.Plan.Author!)], OutputFormat.Html);
        for (var i = 0; i < inText.Count; i++)
        {
            if (_items.ContainsKey(inText[i].Inline.Cites[0].Key))
            {
                inText[i].Plan.AuthorNames = CslHtmlInlines.Convert(names[i], inText[i].Inline.Span);
            }
        }

        for (var i = 0; i < _inOrder.Count; i++)
        {
            var (citation, plan) = _inOrder[i];
            var text = WithUnknownKeys(citation, CslHtmlInlines.Convert(rendered[i], citation.Span));
            if (!_noteStyle && !plan.AuthorNames.IsEmpty)
            {
                text = [.. plan.AuthorNames, new TextInline("\u00A0", citation.Span), .. text];
            }

            plan.Rendered = text;
        }
    }

    /// <summary>The rendered text, and <c>key?</c> in bold for each cite whose key no reference has (the processor leaves them out).</summary>
    private ImmutableArray<Inline> WithUnknownKeys(CitationInline citation, ImmutableArray<Inline> text)
    {
        var joined = text.ToBuilder();
        foreach (var cite in citation.Cites.Where(cite => !_items.ContainsKey(cite.Key)))
        {
            if (joined.Count > 0)
            {
                joined.Add(new TextInline("; ", citation.Span));
            }

            joined.Add(new StrongInline([new TextInline(cite.Key + "?", citation.Span)], citation.Span));
        }

        return joined.ToImmutable();
    }

    private IEnumerable<Inline> Rewrite(Inline inline)
    {
        switch (inline)
        {
            case NoteReferenceInline reference when _rewritten.TryGetValue(reference.Note, out var done):
                return [reference with { Note = done }];
            case NoteReferenceInline reference when _renumbered.TryGetValue(reference.Note, out var renumbered):
                // Marked done before its content is rewritten: a note that refers to itself cannot loop.
                _rewritten[reference.Note] = renumbered;
                _insideNote++;
                var note = renumbered with { Content = _visitNote(reference.Note) };
                _insideNote--;
                _rewritten[reference.Note] = note;
                _ordered.Add(note);
                return [new NoteReferenceInline(note, reference.Span)];
            case CitationInline citation when _planned.TryGetValue(citation, out var plan):
                var target = _settings.LinkCitations == true && !_settings.SuppressBibliography && citation.Cites.FirstOrDefault(cite => _items.ContainsKey(cite.Key)) is { } linked ? EntryId(linked.Key) : null;
                if (!_noteStyle || plan.InsideNote)
                {
                    return [citation with { Children = plan.Rendered, TargetId = target }];
                }

                var content = citation with { Children = Capitalized(plan.Rendered), TargetId = target };
                var citationNote = new Note(plan.NoteNumber, string.Empty, [new ParagraphBlock([content], citation.Span)], citation.Span) { FromCitation = true };
                _citationNotes.Add(citationNote);
                _ordered.Add(citationNote);
                var mark = new NoteReferenceInline(citationNote, citation.Span);
                return citation.InText && !plan.AuthorNames.IsEmpty
                    ? [citation with { Children = plan.AuthorNames, TargetId = target }, mark]
                    : [mark];
            default:
                return [inline];
        }
    }

    private ImmutableArray<Inline> Capitalized(ImmutableArray<Inline> inlines)
    {
        if (inlines.IsDefaultOrEmpty)
        {
            return inlines;
        }

        Inline? changed = inlines[0] switch
        {
            TextInline { Text: [var c, ..] } t when char.IsLower(c) => t with { Text = _culture.TextInfo.ToUpper(c) + t.Text[1..] },
            EmphasisInline e => e with { Children = Capitalized(e.Children) },
            FormattedInline f => f with { Children = Capitalized(f.Children) },
            LinkInline l => l with { Children = Capitalized(l.Children) },
            _ => null,
        };
        return changed is null ? inlines : inlines.SetItem(0, changed);
    }

    /// <summary>
    /// Around a citation's note mark: the space before it goes, and the punctuation right after it comes before it
    /// (unless <c>notes-after-punctuation</c> is false), as Pandoc sets notes. A citation set in the text or in a
    /// note loses its closing full stop before the sentence's own punctuation ("…, 3, it holds", not "3., it").
    /// </summary>
    private ImmutableArray<Inline> MoveMarks(ImmutableArray<Inline> inlines)
    {
        if (_planned.Count == 0)
        {
            return inlines;
        }

        var builder = inlines.ToBuilder();
        for (var i = 0; i < builder.Count; i++)
        {
            if (builder[i] is CitationInline citation && i + 1 < builder.Count && builder[i + 1] is TextInline { Text: [var next, ..] } && Punctuation.Contains(next, StringComparison.Ordinal))
            {
                builder[i] = citation with { Children = WithoutFinalPeriod(citation.Children) };
                continue;
            }

            if (builder[i] is not NoteReferenceInline { Note: var note } || !_citationNotes.Contains(note))
            {
                continue;
            }

            if (i > 0 && builder[i - 1] is TextInline { Text: [.., var last] } before && char.IsWhiteSpace(last))
            {
                builder[i - 1] = before with { Text = before.Text.TrimEnd() };
            }

            if (_settings.NotesAfterPunctuation == false || i + 1 >= builder.Count || builder[i + 1] is not TextInline after)
            {
                continue;
            }

            var marks = 0;
            while (marks < after.Text.Length && Punctuation.Contains(after.Text[marks], StringComparison.Ordinal))
            {
                marks++;
            }

            if (marks == 0)
            {
                continue;
            }

            builder[i + 1] = after with { Text = after.Text[marks..] };
            if (i > 0 && builder[i - 1] is TextInline previous)
            {
                builder[i - 1] = previous with { Text = previous.Text + after.Text[..marks] };
            }
            else
            {
                builder.Insert(i, new TextInline(after.Text[..marks], after.Span));
                i++;
            }
        }

        builder.RemoveAll(inline => inline is TextInline { Text.Length: 0 });
        return builder.ToImmutable();
    }

    private static ImmutableArray<Inline> WithoutFinalPeriod(ImmutableArray<Inline> inlines)
    {
        if (inlines.IsDefaultOrEmpty)
        {
            return inlines;
        }

        Inline? changed = inlines[^1] switch
        {
            TextInline { Text: [.., '.'] } t => t with { Text = t.Text[..^1] },
            EmphasisInline e => e with { Children = WithoutFinalPeriod(e.Children) },
            StrongInline s => s with { Children = WithoutFinalPeriod(s.Children) },
            FormattedInline f => f with { Children = WithoutFinalPeriod(f.Children) },
            LinkInline l => l with { Children = WithoutFinalPeriod(l.Children) },
            _ => null,
        };
        return changed is null ? inlines : inlines.SetItem(inlines.Length - 1, changed);
    }

    private ImmutableArray<BibliographyEntry> Bibliography(CslProcessor processor, SourceSpan span)
    {
        return [.. processor.BibliographyWithIds(OutputFormat.Html).Select(entry => new BibliographyEntry(CslHtmlInlines.Convert(entry.Entry, span), span)
        {
            Id = _settings.LinkCitations == true ? EntryId(entry.Id) : null,
            Key = entry.Id,
            Rendered = true,
        })];
    }

    /// <summary>The anchor of an item's entry, as Pandoc names it.</summary>
    private static string EntryId(string key) => "ref-" + key;

    /// <summary>One citation of the document: what the processor is given for it, and what it rendered.</summary>
    private sealed class Planned(Citation citation, int noteNumber, bool insideNote)
    {
        public Citation Citation { get; } = citation;

        /// <summary>The note the citation is (or is in); 0 in the text of an author-date style.</summary>
        public int NoteNumber { get; } = noteNumber;

        /// <summary>Inside an author's note, where it is set inline.</summary>
        public bool InsideNote { get; } = insideNote;

        /// <summary>The author-only citation of an in-text citation.</summary>
        public Citation? Author { get; init; }

        public ImmutableArray<Inline> AuthorNames { get; set; } = [];

        public ImmutableArray<Inline> Rendered { get; set; } = [];
    }
}
