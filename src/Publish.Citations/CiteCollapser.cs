namespace Publish.Citations;

/// <summary>
/// Cite grouping and collapsing (CSL 1.0.2 §Cite Grouping, §Cite Collapsing): cites with the same names move next to
/// the first of them ("Doe 1999, 2001; Roe 2000"), and with <c>collapse</c> the repeated names drop out ("year"),
/// same-year suffixes follow each other ("Doe 2000a, b"; "year-suffix-ranged": "2000a–c") and runs of three or more
/// citation numbers become ranges ("[1–3, 5]"). The delimiters follow jgm/citeproc, which passes the suite's
/// fixtures: within a group <c>cite-group-delimiter</c> (", "), after a collapsed group <c>after-collapse-delimiter</c>
/// (the layout's delimiter), between merged year suffixes <c>year-suffix-delimiter</c> (the cite-group delimiter,
/// else the layout's). A cite with a suffix is never grouped; one with a prefix only heads a group.
/// </summary>
internal sealed class CiteCollapser
{
    private readonly string? collapse;
    private readonly string layoutDelimiter;
    private readonly string citeGroupDelimiter;
    private readonly string afterCollapseDelimiter;
    private readonly string yearSuffixDelimiter;

    private CiteCollapser(CslElement citation, string layoutDelimiter)
    {
        collapse = citation["collapse"];
        this.layoutDelimiter = layoutDelimiter;
        citeGroupDelimiter = citation["cite-group-delimiter"] ?? ", ";
        afterCollapseDelimiter = citation["after-collapse-delimiter"] ?? layoutDelimiter;
        yearSuffixDelimiter = citation["year-suffix-delimiter"] ?? citation["cite-group-delimiter"] ?? layoutDelimiter;
    }

    /// <summary>The collapser of a citation element, or null when the style neither groups nor collapses.</summary>
    public static CiteCollapser? For(CslElement citation, string layoutDelimiter) =>
        citation["collapse"] is "citation-number" or "year" or "year-suffix" or "year-suffix-ranged" || citation["cite-group-delimiter"] is not null
            ? new CiteCollapser(citation, layoutDelimiter)
            : null;

    /// <summary>The parts of the citation (cites and delimiters, in order) for its rendered cites.</summary>
    public List<Output> Collapse(List<RenderedCite> cites)
    {
        if (collapse == "citation-number")
        {
            return CollapseNumbers(cites);
        }

        var groups = Group(cites);
        var parts = new List<Output>();
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            var isLast = g == groups.Count - 1;
            if (collapse is null)
            {
                AddJoined(parts, group.Select(c => c.Output), citeGroupDelimiter);
                if (!isLast)
                {
                    parts.Add(new Output(layoutDelimiter));
                }

                continue;
            }

            // Every cite after the group's first loses its names (in place): the group reads "Doe 2000, 2001".
            var namesRemoved = false;
            foreach (var cite in group.Skip(1))
            {
                namesRemoved |= RemoveNames(cite.Output);
            }

            var merged = collapse is "year-suffix" or "year-suffix-ranged" ? MergeYearSuffixes(group, collapse == "year-suffix-ranged") : null;
            var noYearSuffixCollapse = merged is null || merged.Count == group.Count;
            var noCollapse = !namesRemoved && noYearSuffixCollapse;
            var outputs = merged ?? group.Select(c => c.Output).ToList();
            var yearCollapse = collapse == "year";
            var anyLocator = group.Any(c => c.Output.Nodes().Any(n => n.Kind == OutputKind.Locator && !n.IsEmpty));

            // test-suite issue 36: with collapse="year" a group whose cites carry locators is delimited as collapsed.
            var within = noCollapse || (noYearSuffixCollapse && !(yearCollapse && anyLocator)) ? citeGroupDelimiter : afterCollapseDelimiter;
            AddJoined(parts, outputs, within);
            if (!isLast)
            {
                parts.Add(new Output(noCollapse && !yearCollapse ? layoutDelimiter : afterCollapseDelimiter));
            }
        }

        return parts;
    }

    /// <summary>
    /// Groups cites with the same names: each cite without a suffix takes the following cites without affixes that
    /// share its names; the others keep their order (jgm/citeproc's groupWith).
    /// </summary>
    private static List<List<RenderedCite>> Group(List<RenderedCite> cites)
    {
        var groups = new List<List<RenderedCite>>();
        var rest = cites.ToList();
        while (rest.Count > 0)
        {
            var head = rest[0];
            rest.RemoveAt(0);
            if (head.Cite.Suffix.Length > 0)
            {
                groups.Add([head]);
                continue;
            }

            var span = rest.TakeWhile(c => c.Cite.Prefix.Length == 0 && c.Cite.Suffix.Length == 0).ToList();
            var matched = span.Where(c => SameNames(head.Output, c.Output)).ToList();
            groups.Add([head, .. matched]);
            rest = [.. span.Where(c => !matched.Contains(c)), .. rest.Skip(span.Count)];
        }

        return groups;
    }

    /// <summary>Same names: the first names rendered read the same; cites with no names but a date group together ("1955a, b").</summary>
    private static bool SameNames(Output a, Output b)
    {
        var namesA = a.Nodes().FirstOrDefault(n => n.IsNames && !n.IsEmpty);
        var namesB = b.Nodes().FirstOrDefault(n => n.IsNames && !n.IsEmpty);
        if (namesA is not null && namesB is not null)
        {
            return namesA.Plain() == namesB.Plain();
        }

        if (namesA is null && namesB is null)
        {
            return a.Nodes().Any(n => n.Kind == OutputKind.Date && !n.IsEmpty) && b.Nodes().Any(n => n.Kind == OutputKind.Date && !n.IsEmpty);
        }

        return false;
    }

    private static bool RemoveNames(Output output)
    {
        var removed = false;
        output.Replace(n =>
        {
            if (n.IsNames && !n.IsEmpty)
            {
                removed = true;
                return Output.Empty;
            }

            return null;
        });
        return removed;
    }

    /// <summary>
    /// Runs of cites with the same year become one output: the first whole, the others reduced to their year suffix,
    /// joined by the year-suffix delimiter, with runs of three or more consecutive suffixes as a range when asked.
    /// </summary>
    private List<Output> MergeYearSuffixes(List<RenderedCite> cites, bool ranges)
    {
        var result = new List<Output>();
        var run = new List<Output>();
        var runSuffixes = new List<int>();
        string? runYears = null;
        foreach (var cite in cites)
        {
            var date = cite.Output.Nodes().FirstOrDefault(n => n.Kind == OutputKind.Date && !n.IsEmpty);
            var suffix = date?.Nodes().FirstOrDefault(n => n.Kind == OutputKind.YearSuffix && !n.IsEmpty)
                ?? cite.Output.Nodes().FirstOrDefault(n => n.Kind == OutputKind.YearSuffix && !n.IsEmpty);
            if (run.Count > 0 && date is not null && suffix is not null && runYears == date.Years && runSuffixes[^1] > 0)
            {
                // Keep the suffix where the year stood (or where the style placed it) and drop the year.
                var reduced = ReduceToSuffix(cite.Output, date, suffix);
                run.Add(reduced);
                runSuffixes.Add(suffix.Number);
                continue;
            }

            Flush();
            run.Add(cite.Output);
            runSuffixes.Add(suffix?.Number ?? 0);
            runYears = date?.Years;
        }

        Flush();
        return result;

        void Flush()
        {
            if (run.Count == 1)
            {
                result.Add(run[0]);
            }
            else if (run.Count > 1)
            {
                result.Add(ranges ? Ranged(run, runSuffixes) : new Output([.. run], yearSuffixDelimiter));
            }

            run = [];
            runSuffixes = [];
        }
    }

    private static Output ReduceToSuffix(Output cite, Output date, Output suffix)
    {
        if (date.Nodes().Contains(suffix))
        {
            var keep = new Output([suffix]);
            cite.Replace(n => ReferenceEquals(n, date) ? keep : null);
            return ReferenceEquals(cite, date) ? keep : cite;
        }

        cite.Replace(n => ReferenceEquals(n, date) ? Output.Empty : null);
        return cite;
    }

    private Output Ranged(List<Output> run, List<int> suffixes)
    {
        var pieces = new List<Output>();
        var start = 0;
        for (var i = 1; i <= run.Count; i++)
        {
            if (i < run.Count && suffixes[i] == suffixes[i - 1] + 1)
            {
                continue;
            }

            if (i - start >= 3)
            {
                pieces.Add(new Output([run[start], run[i - 1]], "–"));
            }
            else
            {
                pieces.AddRange(run.Skip(start).Take(i - start));
            }

            start = i;
        }

        return pieces.Count == 1 ? pieces[0] : new Output(pieces, yearSuffixDelimiter);
    }

    /// <summary>
    /// collapse="citation-number": runs of three or more cites that render only consecutive citation numbers become
    /// "first–last", followed by the after-collapse delimiter; the rest are joined by the layout's delimiter.
    /// </summary>
    private List<Output> CollapseNumbers(List<RenderedCite> cites)
    {
        var runs = new List<List<RenderedCite>>();
        foreach (var cite in cites)
        {
            if (runs.Count > 0 && NumberOnly(runs[^1][^1]) is { } previous && NumberOnly(cite) == previous + 1)
            {
                runs[^1].Add(cite);
            }
            else
            {
                runs.Add([cite]);
            }
        }

        var parts = new List<Output>();
        for (var r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            var collapsed = run.Count >= 3;
            if (collapsed)
            {
                parts.Add(new Output([run[0].Output, run[^1].Output], "–"));
            }
            else
            {
                AddJoined(parts, run.Select(c => c.Output), layoutDelimiter);
            }

            if (r < runs.Count - 1)
            {
                parts.Add(new Output(collapsed ? afterCollapseDelimiter : layoutDelimiter));
            }
        }

        return parts;
    }

    /// <summary>The citation number of a cite that renders nothing but it (with its own affixes), else null.</summary>
    private static int? NumberOnly(RenderedCite cite)
    {
        if (cite.Cite.Prefix.Length > 0 || cite.Cite.Suffix.Length > 0)
        {
            return null;
        }

        var number = cite.Output.Nodes().FirstOrDefault(n => n.Kind == OutputKind.CitationNumber && !n.IsEmpty);
        return number is not null && number.Plain() == cite.Output.Plain() ? number.Number : null;
    }

    private static void AddJoined(List<Output> parts, IEnumerable<Output> outputs, string delimiter)
    {
        var first = true;
        foreach (var output in outputs.Where(o => !o.IsEmpty))
        {
            if (!first)
            {
                parts.Add(new Output(delimiter));
            }

            parts.Add(output);
            first = false;
        }
    }
}
