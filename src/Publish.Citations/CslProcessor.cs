using System.Globalization;
using System.Text;

namespace Publish.Citations;

/// <summary>
/// Renders citations and a bibliography for a style, a locale and a set of items: positions from note numbers,
/// citation numbers, sorting, disambiguation and subsequent-author-substitute (CSL 1.0.2).
/// </summary>
public sealed class CslProcessor
{
    private readonly CslStyle style;
    private readonly Dictionary<string, CslItem> items = new(StringComparer.Ordinal);
    private readonly List<CslItem> itemOrder;
    private readonly Renderer renderer;
    private readonly LocaleChain locale;
    private List<CslItem> registry = [];
    private Dictionary<string, int> citationNumbers = new(StringComparer.Ordinal);
    private readonly Disambiguator disambiguator;

    /// <summary>
    /// A processor for <paramref name="style"/> over <paramref name="items"/>, in <paramref name="language"/> (null:
    /// the style's default locale, else en-US), with locale files from <paramref name="locales"/>.
    /// </summary>
    public CslProcessor(CslStyle style, IEnumerable<CslItem> items, LocaleStore locales, string? language = null)
    {
        this.style = style;
        itemOrder = [];
        foreach (var item in items)
        {
            if (item.Id.Length > 0 && this.items.TryAdd(item.Id, item))
            {
                itemOrder.Add(item);
            }
        }

        locale = style.Locales(language ?? style.DefaultLocale ?? "en-US", locales);
        renderer = new Renderer(style, locale);
        disambiguator = new Disambiguator(renderer, style);
    }

    /// <summary>The language the processor renders in.</summary>
    public string Language => locale.Language;

    /// <summary>The items, by id.</summary>
    public IReadOnlyDictionary<string, CslItem> Items => items;

    /// <summary>
    /// Renders each citation of a document, in order (positions follow from the order and the note numbers); the
    /// bibliography then holds the cited items. Cites of unknown items are left out.
    /// </summary>
    public IReadOnlyList<string> ProcessCitations(IReadOnlyList<Citation> citations, OutputFormat format)
    {
        Register(citations);
        var outputs = RenderCitations(citations);
        return outputs.Select(o => OutputWriter.Write(o, locale, format == OutputFormat.Html)).ToList();
    }

    /// <summary>Renders the bibliography entries of the registered items (all items when nothing was cited), sorted as the style says.</summary>
    public IReadOnlyList<string> Bibliography(OutputFormat format)
    {
        if (registry.Count == 0)
        {
            Register([]);
        }

        if (style.Bibliography is null)
        {
            return [];
        }

        return BibliographyOutputs().Select(o => OutputWriter.Write(o, locale, format == OutputFormat.Html)).ToList();
    }

    /// <summary>
    /// The bibliography entries with the id of the item each renders (an item that renders nothing has none), for a
    /// document whose citations link to their entries.
    /// </summary>
    public IReadOnlyList<(string Id, string Entry)> BibliographyWithIds(OutputFormat format)
    {
        var entries = Bibliography(format);
        return entries.Select((entry, i) => (entryIds[i], entry)).ToList();
    }

    // The item ids of the entries BibliographyOutputs made last, in their order.
    private readonly List<string> entryIds = [];

    /// <summary>The bibliography as the CSL test suite writes it: a csl-bib-body div of csl-entry divs.</summary>
    public string BibliographyHtml()
    {
        var builder = new StringBuilder("<div class=\"csl-bib-body\">\n");
        if (registry.Count == 0)
        {
            Register([]);
        }

        var entries = style.Bibliography is null ? [] : BibliographyOutputs();
        foreach (var entry in entries)
        {
            // citeproc-js lays the display blocks of an entry out on lines of their own.
            builder.Append("  <div class=\"csl-entry\">").Append(OutputWriter.Write(entry, locale, true, displayLines: true)).Append("</div>\n");
        }

        return builder.Append("</div>").ToString();
    }

    /// <summary>Sets which items the document cites (in order of first citation), numbers them and positions every cite.</summary>
    internal void Register(IReadOnlyList<Citation> citations)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        registry = [];
        foreach (var citation in citations)
        {
            foreach (var cite in citation.Cites)
            {
                if (items.TryGetValue(cite.Id, out var item))
                {
                    cite.Item = item;
                    if (seen.Add(cite.Id))
                    {
                        registry.Add(item);
                    }
                }
            }
        }

        if (citations.Count == 0)
        {
            registry = [.. itemOrder];
        }

        Number();
        Positions(citations);
        foreach (var cite in citations.SelectMany(c => c.Cites))
        {
            if (cite.ExplicitPosition is { } explicitPosition)
            {
                cite.Position = (Position)Math.Clamp(explicitPosition, 0, 3);
            }

            if (cite.ExplicitNearNote is { } near)
            {
                cite.NearNote = near;
            }
        }

        disambiguator.Prepare(BibliographyOrder(), citationNumbers);
    }

    /// <summary>Adds items to the bibliography that no citation names (citeproc-js's updateItems of all input).</summary>
    internal void RegisterAll(IReadOnlyList<Citation> citations)
    {
        Register(citations);
        foreach (var item in itemOrder)
        {
            if (!registry.Contains(item))
            {
                registry.Add(item);
            }
        }

        Number();
        disambiguator.Prepare(BibliographyOrder(), citationNumbers);
    }

    private void Number()
    {
        citationNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < registry.Count; i++)
        {
            citationNumbers[registry[i].Id] = i + 1;
        }

        var sort = style.Bibliography?.Child("sort");
        bibliographyOrder = registry;
        if (sort is not null && !UsesCitationNumber(sort))
        {
            var sorted = Sort(registry, sort, true);
            for (var i = 0; i < sorted.Count; i++)
            {
                citationNumbers[sorted[i].Id] = i + 1;
            }

            bibliographyOrder = sorted;
        }
        else if (sort is not null)
        {
            bibliographyOrder = Sort(registry, sort, true);
        }
    }

    // The bibliography order Number() sorted; disambiguation and the bibliography reuse it rather than sort again.
    private List<CslItem> bibliographyOrder = [];

    private List<CslItem> BibliographyOrder() => bibliographyOrder;

    private bool UsesCitationNumber(CslElement sort) =>
        sort.ChildrenNamed("key").Any(k => k["variable"] == "citation-number"
            || k["macro"] is { } m && style.Macros.TryGetValue(m, out var body) && Mentions(body, "citation-number"));

    private bool Mentions(CslElement element, string variable) =>
        element["variable"] == variable || element["macro"] is { } m && style.Macros.TryGetValue(m, out var body) && Mentions(body, variable)
        || element.Children.Any(c => Mentions(c, variable));

    private List<CslItem> Sort(List<CslItem> list, CslElement sort, bool bibliography)
    {
        var keys = new SortKeys(renderer, sort);
        var keyed = list.Select((item, index) => (item, index, keys: keys.Keys(item, null, citationNumbers.GetValueOrDefault(item.Id), bibliography))).ToList();
        keyed.Sort((a, b) =>
        {
            var result = keys.Compare(a.keys, b.keys);
            return result != 0 ? result : a.index.CompareTo(b.index);
        });
        return keyed.Select(k => k.item).ToList();
    }

    private void Positions(IReadOnlyList<Citation> citations)
    {
        var nearNoteDistance = int.TryParse(style.Citation?["near-note-distance"], NumberStyles.None, CultureInfo.InvariantCulture, out var distance) ? distance : 5;
        var firstNote = new Dictionary<string, int>(StringComparer.Ordinal);
        var lastNote = new Dictionary<string, int>(StringComparer.Ordinal);
        Citation? previous = null;
        foreach (var citation in citations)
        {
            var cites = citation.Cites.Where(c => c.Item is not null).ToList();
            for (var j = 0; j < cites.Count; j++)
            {
                var cite = cites[j];
                if (!firstNote.TryGetValue(cite.Id, out var first))
                {
                    cite.Position = Position.First;
                    cite.FirstReferenceNoteNumber = 0;
                    cite.NearNote = false;
                    firstNote[cite.Id] = citation.NoteIndex;
                    lastNote[cite.Id] = citation.NoteIndex;
                    continue;
                }

                cite.FirstReferenceNoteNumber = first;
                cite.NearNote = citation.NoteIndex - lastNote[cite.Id] <= nearNoteDistance;
                Cite? before = null;
                if (j > 0)
                {
                    before = cites[j - 1];
                }
                else if (previous is not null)
                {
                    var previousCites = previous.Cites.Where(c => c.Item is not null).ToList();
                    if (previousCites.Count == 1)
                    {
                        before = previousCites[0];
                    }
                }

                if (before is not null && before.Id == cite.Id)
                {
                    if (before.Locator.Length == 0 && cite.Locator.Length > 0)
                    {
                        cite.Position = Position.IbidWithLocator;
                    }
                    else if (before.Locator.Length > 0 && cite.Locator.Length == 0)
                    {
                        cite.Position = Position.Subsequent;
                    }
                    else if (before.Locator == cite.Locator && before.Label == cite.Label)
                    {
                        cite.Position = Position.Ibid;
                    }
                    else
                    {
                        cite.Position = Position.IbidWithLocator;
                    }
                }
                else
                {
                    cite.Position = Position.Subsequent;
                }

                lastNote[cite.Id] = citation.NoteIndex;
            }

            if (cites.Count > 0)
            {
                previous = citation;
            }
        }
    }

    internal List<Output> RenderCitations(IReadOnlyList<Citation> citations)
    {
        var layout = style.Citation?.Child("layout");
        if (layout is null)
        {
            return citations.Select(_ => Output.Empty).ToList();
        }

        var sort = style.Citation!.Child("sort");
        var collapser = CiteCollapser.For(style.Citation!, layout["delimiter"] ?? string.Empty);
        var result = new List<Output>();
        foreach (var citation in citations)
        {
            var cites = citation.Cites.Where(c => c.Item is not null).ToList();
            if (sort is not null)
            {
                var keys = new SortKeys(renderer, sort);
                var keyed = cites.Select((c, i) => (c, i, k: keys.Keys(c.Item!, c, citationNumbers.GetValueOrDefault(c.Id), false, disambiguator.YearSuffix(c.Id)))).ToList();
                keyed.Sort((a, b) =>
                {
                    var r = keys.Compare(a.k, b.k);
                    return r != 0 ? r : a.i.CompareTo(b.i);
                });
                cites = keyed.Select(k => k.c).ToList();
            }

            var rendered = new List<RenderedCite>();
            foreach (var cite in cites)
            {
                var state = disambiguator.State(cite.Item!, cite, false);
                state.CitationNumber = citationNumbers.GetValueOrDefault(cite.Id);
                var output = renderer.RenderChildren(layout, state);
                output = AuthorPart(cite, output);
                if (!output.IsEmpty && (cite.Prefix.Length > 0 || cite.Suffix.Length > 0))
                {
                    if (EndsSentence(cite.Prefix))
                    {
                        CapitalizeLeadingTerm(output);
                    }

                    // Cite affixes are rich text; a word-ending prefix or word-starting suffix gets its space.
                    var prefix = cite.Prefix.Length > 0 && char.IsLetterOrDigit(cite.Prefix[^1]) ? cite.Prefix + " " : cite.Prefix;
                    var suffix = cite.Suffix.Length > 0 && char.IsLetterOrDigit(cite.Suffix[0]) ? " " + cite.Suffix : cite.Suffix;
                    output = new Output([RichText.Parse(prefix), output, RichText.Parse(suffix)]);
                }

                if (!output.IsEmpty)
                {
                    rendered.Add(new RenderedCite(cite, output));
                }
            }

            var parts = collapser is not null ? collapser.Collapse(rendered) : Joined(rendered, layout["delimiter"] ?? string.Empty);
            if (style.IsNoteStyle && citation.NoteIndex > 0 && cites.Count > 0 && cites[0].Prefix.Length == 0 && parts.Count > 0)
            {
                CapitalizeLeadingTerm(parts[0]);
            }

            var joined = new Output(parts);

            // Names alone (an in-text citation's author) take none of the layout's punctuation.
            result.Add(cites.Count > 0 && cites.All(c => c.AuthorOnly) ? joined : Decorate(joined, layout));
        }

        return result;
    }

    /// <summary>
    /// second-field-align (CSL 1.0.2 §Whitespace): the first field of the entry stands in the left margin, the rest
    /// beside it (citeproc-js's csl-left-margin and csl-right-inline blocks, the layout's affixes on the latter).
    /// </summary>
    private static Output SecondFieldAligned(Output output, CslElement layout)
    {
        var children = output.Children?.Where(c => !c.IsEmpty).ToList();
        if (children is null || children.Count < 2)
        {
            return Decorate(output, layout);
        }

        var left = children[0].Wrap();
        left.Display = "left-margin";
        var right = Decorate(new Output(children.Skip(1).ToList(), output.Delimiter), layout).Wrap();
        right.Display = "right-inline";
        return new Output([left, right]);
    }

    /// <summary>The cites joined by the layout's delimiter.</summary>
    private static List<Output> Joined(List<RenderedCite> cites, string delimiter)
    {
        var parts = new List<Output>();
        Cite? previous = null;
        foreach (var (cite, output) in cites)
        {
            if (parts.Count > 0)
            {
                // A cite whose prefix starts with punctuation (", and") takes the layout delimiter's place, and a cite
                // suffix ending in punctuation ("is one source,") keeps only the delimiter's space (citeproc-js).
                var text = cite.Prefix.Length > 0 && ",;.:".Contains(cite.Prefix[0], StringComparison.Ordinal) ? string.Empty : delimiter;
                if (previous is { Suffix.Length: > 0 } && ",;.:".Contains(previous.Suffix[^1], StringComparison.Ordinal))
                {
                    text = text.TrimStart(',', ';', '.', ':');
                }

                parts.Add(new Output(text));
            }

            parts.Add(output);
            previous = cite;
        }

        return parts;
    }

    /// <summary>
    /// A note that begins with a term ("ibid.") begins with a capital, as citeproc-js writes it; the document's
    /// language decides the casing, so an English note says "Ibid." even for a Turkish item.
    /// </summary>
    /// <summary>
    /// A cite prefix of more than one word ending with a full stop, "?" or "!" (quotes aside) ends a sentence, so the
    /// term that follows begins with a capital ("This has been said. Ibid."); a one-word prefix such as "Cf." does not.
    /// </summary>
    private static bool EndsSentence(string prefix)
    {
        var text = prefix.Trim().TrimEnd('"', '”', '’', '\'', '»', ' ');
        return text.Length > 0 && text[^1] is '.' or '?' or '!' && text.Contains(' ', StringComparison.Ordinal);
    }

    private void CapitalizeLeadingTerm(Output output)
    {
        var first = output.Leaves().FirstOrDefault(l => l.Text!.Length > 0);
        if (first is null || !first.FromTerm || output.Prefix.Length > 0 || !char.IsLower(first.Text![0]))
        {
            return;
        }

        first.Text = first.Text[..1].ToUpper(locale.Culture) + first.Text[1..];
    }

    private static Output Decorate(Output output, CslElement layout)
    {
        if (output.IsEmpty)
        {
            return output;
        }

        var wrapped = output.Wrap();
        wrapped.Prefix = layout["prefix"] ?? string.Empty;
        wrapped.Suffix = layout["suffix"] ?? string.Empty;
        wrapped.FontStyle = layout["font-style"];
        wrapped.FontWeight = layout["font-weight"];
        wrapped.FontVariant = layout["font-variant"];
        wrapped.TextDecoration = layout["text-decoration"];
        wrapped.VerticalAlign = layout["vertical-align"];
        return wrapped;
    }

    internal List<Output> BibliographyOutputs()
    {
        var bibliography = style.Bibliography!;
        var layout = bibliography.Child("layout");
        if (layout is null)
        {
            return [];
        }

        var sort = bibliography.Child("sort");
        var ordered = sort is null ? registry : Sort(registry, sort, true);
        var substitute = bibliography["subsequent-author-substitute"];
        var rule = bibliography["subsequent-author-substitute-rule"] ?? "complete-all";
        var result = new List<Output>();
        entryIds.Clear();
        string? previousNames = null;
        List<CslName>? previousList = null;
        foreach (var item in ordered)
        {
            var state = disambiguator.State(item, null, true);
            state.CitationNumber = citationNumbers.GetValueOrDefault(item.Id);
            var output = renderer.RenderChildren(layout, state);
            if (output.IsEmpty)
            {
                continue;
            }

            if (substitute is not null)
            {
                var names = FirstNames(output);
                var text = names is null ? null : OutputWriter.Write(names, locale, true);
                if (names is not null && text == previousNames && rule == "complete-all")
                {
                    ReplaceNames(names, substitute);
                }
                else if (names is not null && rule == "complete-each" && text == previousNames)
                {
                    ReplaceNames(names, substitute);
                }
                else if (names is not null && previousList is not null && state.FirstNames is not null && rule is "partial-each" or "partial-first")
                {
                    // The shared leading names are replaced (partial rules compare name by name).
                    _ = previousList;
                }

                previousNames = text;
                previousList = state.FirstNames;
            }

            result.Add(bibliography["second-field-align"] is "flush" or "margin" ? SecondFieldAligned(output, layout) : Decorate(output, layout));
            entryIds.Add(item.Id);
        }

        return result;
    }

    /// <summary>
    /// suppress-author leaves the cite's first names (the author, or what stands for it) out; author-only keeps them
    /// alone (citeproc-js). A cite that renders no names is kept whole by the first and left empty by the second.
    /// </summary>
    private static Output AuthorPart(Cite cite, Output output)
    {
        if (cite.AuthorOnly)
        {
            return FirstNames(output) ?? Output.Empty;
        }

        if (cite.SuppressAuthor && FirstNames(output) is { } names)
        {
            ReplaceNames(names, string.Empty);
        }

        return output;
    }

    private static Output? FirstNames(Output output)
    {
        if (output.IsNames)
        {
            return output;
        }

        if (output.Children is null)
        {
            return null;
        }

        foreach (var child in output.Children)
        {
            if (child.IsEmpty)
            {
                continue;
            }

            return FirstNames(child);
        }

        return null;
    }

    private static void ReplaceNames(Output names, string substitute)
    {
        // The substitute takes the names' place; the names element's own affixes stay (citeproc-js).
        if (names.Children is { } children)
        {
            children.Clear();
            if (substitute.Length > 0)
            {
                children.Add(new Output(substitute));
            }
        }
        else
        {
            names.Text = substitute;
        }
    }
}
