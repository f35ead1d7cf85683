using Publish.Model.Diagnostics;

namespace Publish.Citations.Bibliography;

/// <summary>
/// BibLaTeX's data inheritance: an entry takes the fields it lacks from its <c>xdata</c> entries (as they are) and from
/// its <c>crossref</c> parent, renamed by the pair of types as biber's default rules say: a book's (or collection's,
/// proceedings', reference work's) title becomes a contained entry's booktitle, a multi-volume work's title becomes
/// maintitle, a periodical's title becomes an article's journaltitle; keys, labels, sorting and options are never
/// inherited. A parent inherits first, so chains work; a missing parent or a cycle is a warning.
/// </summary>
internal sealed class BibTexInheritance
{
    private static readonly HashSet<string> NeverInherited = new(StringComparer.Ordinal)
    {
        "ids", "crossref", "xref", "xdata", "entryset", "entrysubtype", "execute", "label", "options", "presort", "related",
        "relatedoptions", "relatedstring", "relatedtype", "shorthand", "shorthandintro", "sortkey", "sortname", "sorttitle",
        "sortyear", "keywords",
    };

    private static readonly HashSet<string> MultiVolume = new(StringComparer.Ordinal) { "mvbook", "mvcollection", "mvproceedings", "mvreference" };

    private static readonly HashSet<string> WholeBooks = new(StringComparer.Ordinal) { "book", "collection", "proceedings", "reference" };

    private static readonly HashSet<string> Contained = new(StringComparer.Ordinal)
    {
        "inbook", "bookinbook", "suppbook", "incollection", "inreference", "suppcollection", "inproceedings",
    };

    // Real chains are two or three long (chapter → book → multi-volume work); a longer one would only exhaust the stack.
    private const int MaxChain = 32;

    private readonly Dictionary<string, BibTexEntry> _byKey;
    private readonly Dictionary<BibTexEntry, Dictionary<string, BibTexField>> _resolved = [];
    private readonly HashSet<BibTexEntry> _resolving = [];
    private readonly List<Diagnostic> _diagnostics;

    public BibTexInheritance(IEnumerable<BibTexEntry> entries, List<Diagnostic> diagnostics)
    {
        _diagnostics = diagnostics;
        _byKey = new Dictionary<string, BibTexEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            _byKey.TryAdd(entry.Key, entry);
        }
    }

    /// <summary>The entry's fields with what it inherits added.</summary>
    public Dictionary<string, BibTexField> Resolve(BibTexEntry entry)
    {
        if (_resolved.TryGetValue(entry, out var done))
        {
            return done;
        }

        var fields = new Dictionary<string, BibTexField>(entry.Fields, StringComparer.Ordinal);
        if (!_resolving.Add(entry))
        {
            return fields;
        }

        if (entry.Fields.TryGetValue("xdata", out var xdata))
        {
            foreach (var key in xdata.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (Parent(entry, key, xdata) is { } parent)
                {
                    foreach (var (name, field) in Resolve(parent).Where(f => !NeverInherited.Contains(f.Key)))
                    {
                        fields.TryAdd(name, field);
                    }
                }
            }
        }

        if (entry.Fields.TryGetValue("crossref", out var crossref) && Parent(entry, crossref.Value.Trim(), crossref) is { } source)
        {
            var inherited = Resolve(source).Where(f => !NeverInherited.Contains(f.Key)).ToList();
            // Renamed fields first: a parent's title must become the booktitle even when the parent also has a booktitle.
            foreach (var (name, field) in inherited.OrderBy(f => Rename(source.Type, entry.Type, f.Key) == f.Key ? 1 : 0))
            {
                var target = Rename(source.Type, entry.Type, name);
                if (target is not null)
                {
                    fields.TryAdd(target, field with { Name = target });
                }
            }

            if (source.Type is "book" or "mvbook" && entry.Type is "inbook" or "bookinbook" or "suppbook" or "book"
                && source.Fields.TryGetValue("author", out var author))
            {
                fields.TryAdd("bookauthor", author with { Name = "bookauthor" });
            }
        }

        _resolving.Remove(entry);
        _resolved[entry] = fields;
        return fields;
    }

    private BibTexEntry? Parent(BibTexEntry entry, string key, BibTexField field)
    {
        if (!_byKey.TryGetValue(key, out var parent))
        {
            _diagnostics.Add(Diagnostic.Warning(BibliographyDiagnosticCodes.MissingParent, field.Span, $"{entry.Key} inherits from {key} ({field.Name}), which is not in the file"));
            return null;
        }

        if (_resolving.Count >= MaxChain)
        {
            _diagnostics.Add(Diagnostic.Warning(BibliographyDiagnosticCodes.MissingParent, field.Span, $"{entry.Key} inherits through more than {MaxChain} entries; the chain is cut at {key}"));
            return null;
        }

        if (_resolving.Contains(parent))
        {
            _diagnostics.Add(Diagnostic.Warning(BibliographyDiagnosticCodes.MissingParent, field.Span, $"{entry.Key} inherits from {key} ({field.Name}), which inherits from {entry.Key}: the cycle is cut here"));
            return null;
        }

        return parent;
    }

    /// <summary>The name a parent's field takes in the child, or null when it is not inherited (biber's default type pairs).</summary>
    private static string? Rename(string parentType, string childType, string field)
    {
        string? Titles(string prefix) => field switch
        {
            "title" => prefix + "title",
            "subtitle" => prefix + "subtitle",
            "titleaddon" => prefix + "titleaddon",
            "shorttitle" or "indextitle" or "indexsorttitle" => null,
            _ => field,
        };

        if (MultiVolume.Contains(parentType) && (WholeBooks.Contains(childType) || Contained.Contains(childType)))
        {
            return Titles("main");
        }

        if (WholeBooks.Contains(parentType) && Contained.Contains(childType))
        {
            return Titles("book");
        }

        if (parentType == "periodical" && childType is "article" or "suppperiodical")
        {
            return field switch
            {
                "title" => "journaltitle",
                "subtitle" => "journalsubtitle",
                "shorttitle" or "indextitle" or "indexsorttitle" => null,
                _ => field,
            };
        }

        return field;
    }
}
