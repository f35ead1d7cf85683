namespace Publish.Citations;

/// <summary>
/// Makes ambiguous cites tell their items apart (CSL 1.0.2 §Disambiguation). Items whose cites render the same
/// (first position, no locator) go through the style's methods in the spec's order, each only for the items still
/// ambiguous: add names beyond et-al, expand given names (initials, then full; "-with-initials" rules stop at
/// initials), the disambiguate="true" condition, and last year suffixes (a, b, …, in bibliography order).
/// </summary>
internal sealed class Disambiguator
{
    private readonly Renderer renderer;
    private readonly CslStyle style;
    private readonly Dictionary<string, string> yearSuffixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DisambiguationSettings> settings = new(StringComparer.Ordinal);
    private readonly bool usesCondition;

    public Disambiguator(Renderer renderer, CslStyle style)
    {
        this.renderer = renderer;
        this.style = style;
        usesCondition = Mentions(style.Root, "disambiguate") || style.Macros.Values.Any(m => Mentions(m, "disambiguate"));
    }

    private static bool Mentions(CslElement element, string attribute) =>
        element[attribute] is not null || element.Children.Any(c => Mentions(c, attribute));

    public string YearSuffix(string id) => yearSuffixes.GetValueOrDefault(id, string.Empty);

    public RenderState State(CslItem item, Cite? cite, bool bibliography)
    {
        var state = new RenderState(item, cite, bibliography) { YearSuffix = YearSuffix(item.Id) };
        if (settings.TryGetValue(item.Id, out var setting))
        {
            // Names added and given names expanded serve the cites; the bibliography keeps its own names.
            if (!bibliography)
            {
                state.AddNames = setting.AddNames;
                state.GivenLevel = setting.GivenLevel;
            }

            state.Disambiguate = setting.Disambiguate;
        }

        return state;
    }

    /// <param name="bibliographyOrder">The items in bibliography order (year suffixes follow it).</param>
    /// <param name="citationNumbers">Citation numbers by item id.</param>
    public void Prepare(List<CslItem> bibliographyOrder, Dictionary<string, int> citationNumbers)
    {
        yearSuffixes.Clear();
        settings.Clear();
        var citation = style.Citation;
        var layout = citation?.Child("layout");
        if (citation is null || layout is null || bibliographyOrder.Count < 2)
        {
            return;
        }

        var addNames = citation["disambiguate-add-names"] == "true";
        var addGiven = citation["disambiguate-add-givenname"] == "true";
        var addYearSuffix = citation["disambiguate-add-year-suffix"] == "true";
        var rule = citation["givenname-disambiguation-rule"] ?? "by-cite";
        if (!addNames && !addGiven && !addYearSuffix && !usesCondition)
        {
            return;
        }

        foreach (var item in bibliographyOrder)
        {
            settings[item.Id] = new DisambiguationSettings();
        }

        string Key(CslItem item)
        {
            var state = State(item, new Cite(item.Id) { Item = item }, false);
            state.CitationNumber = citationNumbers.GetValueOrDefault(item.Id);
            return OutputWriter.Write(renderer.RenderChildren(layout, state), renderer.Locale, true);
        }

        List<List<CslItem>> Ambiguous(IEnumerable<CslItem> items) =>
            items.GroupBy(Key, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.ToList()).ToList();

        foreach (var group in Ambiguous(bibliographyOrder))
        {
            var remaining = new List<List<CslItem>> { group };
            if (addNames)
            {
                remaining = remaining.SelectMany(AddNames).ToList();
            }

            if (addGiven)
            {
                var maxLevel = rule.EndsWith("with-initials", StringComparison.Ordinal) ? 1 : 2;
                var before = remaining;
                var tried = remaining.SelectMany(g => g).ToList();
                for (var level = 1; level <= maxLevel && remaining.Count > 0; level++)
                {
                    foreach (var item in remaining.SelectMany(g => g))
                    {
                        settings[item.Id].GivenLevel = level;
                    }

                    remaining = remaining.SelectMany(g => Ambiguous(g)).ToList();
                }

                if (remaining.Sum(g => g.Count) >= before.Sum(g => g.Count) && remaining.Count <= before.Count)
                {
                    // Expanding given names told nothing apart: the cites keep their short names (citeproc-js).
                    foreach (var item in tried)
                    {
                        settings[item.Id].GivenLevel = 0;
                    }

                    remaining = before;
                }
            }

            if (usesCondition && remaining.Count > 0)
            {
                foreach (var item in remaining.SelectMany(g => g))
                {
                    settings[item.Id].Disambiguate = true;
                }

                remaining = remaining.SelectMany(g => Ambiguous(g)).ToList();
            }

            if (addYearSuffix)
            {
                foreach (var ambiguous in remaining)
                {
                    var ordered = bibliographyOrder.Where(ambiguous.Contains).ToList();
                    for (var i = 0; i < ordered.Count; i++)
                    {
                        yearSuffixes[ordered[i].Id] = Letters(i);
                    }
                }
            }
        }

        List<List<CslItem>> AddNames(List<CslItem> group)
        {
            var most = group.Max(i => i.Names.Values.Select(n => n.Count).DefaultIfEmpty(0).Max());
            var bestCount = group.GroupBy(Key, StringComparer.Ordinal).Count();
            var best = 0;
            for (var n = 1; n < most && bestCount < group.Count; n++)
            {
                foreach (var item in group)
                {
                    settings[item.Id].AddNames = n;
                }

                var distinct = group.GroupBy(Key, StringComparer.Ordinal).Count();
                if (distinct > bestCount)
                {
                    bestCount = distinct;
                    best = n;
                }
            }

            foreach (var item in group)
            {
                settings[item.Id].AddNames = best;
            }

            return Ambiguous(group);
        }
    }

    private static string Letters(int index)
    {
        // a … z, then aa, ab, … (citeproc-js).
        return index < 26 ? ((char)('a' + index)).ToString() : Letters((index / 26) - 1) + (char)('a' + (index % 26));
    }
}
