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

    /// <summary>Given-name levels the global rules (all-names, primary-name, …) decided, by name.</summary>
    private readonly Dictionary<string, int> nameLevels = new(StringComparer.Ordinal);

    private bool primaryNamesOnly;

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
                state.GivenLevels = setting.GivenLevels.Count > 0 ? setting.GivenLevels : null;
                state.NameLevels = nameLevels.Count > 0 ? nameLevels : null;
                state.PrimaryNamesOnly = primaryNamesOnly;
            }

            state.DisambiguateConditions = setting.Disambiguate;
        }

        return state;
    }

    /// <param name="bibliographyOrder">The items in bibliography order (year suffixes follow it).</param>
    /// <param name="citationNumbers">Citation numbers by item id.</param>
    public void Prepare(List<CslItem> bibliographyOrder, Dictionary<string, int> citationNumbers)
    {
        yearSuffixes.Clear();
        settings.Clear();
        nameLevels.Clear();
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

        var pass = new Pass(this, layout, citationNumbers, rule.EndsWith("with-initials", StringComparison.Ordinal));
        var byCite = addGiven && rule == "by-cite";
        primaryNamesOnly = rule.StartsWith("primary-name", StringComparison.Ordinal);
        if (addGiven && !byCite)
        {
            pass.ExpandEverywhere(bibliographyOrder);
        }

        var unresolved = new List<List<CslItem>>();
        foreach (var group in pass.Ambiguous(bibliographyOrder))
        {
            if (addNames || byCite)
            {
                pass.Resolve(group, 0, addNames, byCite, unresolved);
            }
            else
            {
                unresolved.Add(group);
            }
        }

        if (usesCondition && unresolved.Count > 0)
        {
            unresolved = unresolved.SelectMany(pass.TurnOnConditions).ToList();
        }

        if (addYearSuffix)
        {
            foreach (var ambiguous in unresolved)
            {
                var ordered = bibliographyOrder.Where(ambiguous.Contains).ToList();
                for (var i = 0; i < ordered.Count; i++)
                {
                    yearSuffixes[ordered[i].Id] = Letters(i);
                }
            }
        }
    }

    /// <summary>One disambiguation run: renders cites as the settings stand and changes the settings.</summary>
    private sealed class Pass(Disambiguator owner, CslElement layout, Dictionary<string, int> citationNumbers, bool initialsOnly)
    {
        private readonly bool subsequentNames =
            owner.style.Citation?["et-al-subsequent-min"] is not null || owner.style.Citation?["et-al-subsequent-use-first"] is not null;

        /// <summary>A cite of the item as a first cite without locator: its text, its first names list and how many show.</summary>
        private (string Key, List<CslName> Names, int Shown) Render(CslItem item)
        {
            var state = owner.State(item, new Cite(item.Id) { Item = item }, false);
            state.CitationNumber = citationNumbers.GetValueOrDefault(item.Id);
            state.SubsequentNames = subsequentNames;
            var key = OutputWriter.Write(owner.renderer.RenderChildren(layout, state), owner.renderer.Locale, true);
            return (key, state.FirstNames ?? [], state.FirstNames is null ? 0 : state.FirstNamesShown);
        }

        public List<List<CslItem>> Ambiguous(IEnumerable<CslItem> items) =>
            items.GroupBy(i => Render(i).Key, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.ToList()).ToList();

        /// <summary>
        /// Adds names (one more each round, CSL 1.0.2 §Disambiguation step 1) and, for the by-cite rule, expands the
        /// given names that differ among the shown names (step 2) until the cites of <paramref name="set"/> differ.
        /// Parts still alike go on from there; a set that never splits goes back to what it had (citeproc-js keeps
        /// the base name count when names cannot help) and is left to the later steps.
        /// </summary>
        public void Resolve(List<CslItem> set, int names, bool addNames, bool byCite, List<List<CslItem>> unresolved)
        {
            var fallback = set.ToDictionary(i => i.Id, i => owner.settings[i.Id].Clone(), StringComparer.Ordinal);
            var most = addNames ? set.Max(i => i.Names.Values.Select(n => n.Count).DefaultIfEmpty(0).Max()) - 1 : 0;
            for (var n = names; n <= Math.Max(most, names); n++)
            {
                foreach (var item in set)
                {
                    owner.settings[item.Id].AddNames = n;
                }

                if (byCite)
                {
                    ExpandDiffering(set);
                }

                var parts = set.GroupBy(i => Render(i).Key, StringComparer.Ordinal).Select(g => g.ToList()).ToList();
                if (parts.Count > 1)
                {
                    foreach (var part in parts.Where(p => p.Count > 1))
                    {
                        Resolve(part, n + 1, addNames, byCite, unresolved);
                    }

                    return;
                }
            }

            foreach (var item in set)
            {
                owner.settings[item.Id] = fallback[item.Id];
            }

            unresolved.Add(set);
        }

        /// <summary>
        /// The disambiguate="true" conditions hold one more at a time for the cites still alike; cites that come
        /// apart keep what told them apart, and those never told apart keep them all. Returns the sets still alike.
        /// </summary>
        public List<List<CslItem>> TurnOnConditions(List<CslItem> set)
        {
            var still = new List<List<CslItem>> { set };
            var most = set.Max(ConditionsMet);
            for (var level = 1; level <= Math.Max(most, 1) && still.Count > 0; level++)
            {
                foreach (var item in still.SelectMany(s => s))
                {
                    owner.settings[item.Id].Disambiguate = level;
                }

                still = still.SelectMany(Ambiguous).ToList();
            }

            foreach (var item in still.SelectMany(s => s))
            {
                owner.settings[item.Id].Disambiguate = int.MaxValue;
            }

            return still;
        }

        /// <summary>How many disambiguate="true" conditions a cite of the item meets when they all hold.</summary>
        private int ConditionsMet(CslItem item)
        {
            var before = owner.settings[item.Id].Disambiguate;
            owner.settings[item.Id].Disambiguate = int.MaxValue;
            var state = owner.State(item, new Cite(item.Id) { Item = item }, false);
            state.CitationNumber = citationNumbers.GetValueOrDefault(item.Id);
            owner.renderer.RenderChildren(layout, state);
            owner.settings[item.Id].Disambiguate = before;
            return state.DisambiguateConditionsMet;
        }

        /// <summary>By-cite: a shown name whose given name differs from the name at the same place in another cite
        /// of the set is expanded (to initials when those differ, else in full).</summary>
        private void ExpandDiffering(List<CslItem> set)
        {
            var rendered = set.Select(i => (Item: i, Render(i))).ToList();
            foreach (var (item, (_, names, shown)) in rendered)
            {
                for (var p = 0; p < shown && p < names.Count; p++)
                {
                    var others = rendered.Where(r => r.Item != item && p < r.Item2.Shown && p < r.Item2.Names.Count).Select(r => r.Item2.Names[p]);
                    var level = Level(names[p], others);
                    var levels = owner.settings[item.Id].GivenLevels;
                    if (level > levels.GetValueOrDefault(p))
                    {
                        levels[p] = level;
                    }
                }
            }
        }

        /// <summary>All-names and primary-name rules: every name that shares its family name with another name of
        /// the cites is expanded everywhere, as far as telling the two apart needs.</summary>
        public void ExpandEverywhere(List<CslItem> items)
        {
            var names = new List<CslName>();
            foreach (var item in items)
            {
                var (_, first, _) = Render(item);
                names.AddRange(owner.primaryNamesOnly ? first.Take(1) : first);
            }

            foreach (var name in names)
            {
                var level = Level(name, names);
                if (level > 0)
                {
                    owner.nameLevels[name.DisambiguationKey] = level;
                }
            }
        }

        private int Level(CslName name, IEnumerable<CslName> others)
        {
            if (name.IsLiteral || name.Given.Length == 0)
            {
                return 0;
            }

            var differing = others.Where(o => !o.IsLiteral && o.FamilyKey == name.FamilyKey && o.ComparableGiven != name.ComparableGiven).ToList();
            if (differing.Count == 0)
            {
                return 0;
            }

            var initials = Initials(name);
            var sameInitials = differing.Any(o => Initials(o) == initials);
            if (initialsOnly)
            {
                return differing.Any(o => Initials(o) != initials) ? 1 : 0;
            }

            return sameInitials ? 2 : 1;
        }

        private string Initials(CslName name) => owner.renderer.Initials(name.Given, ".", true);
    }

    private static string Letters(int index)
    {
        // a … z, then aa, ab, … (citeproc-js).
        return index < 26 ? ((char)('a' + index)).ToString() : Letters((index / 26) - 1) + (char)('a' + (index % 26));
    }
}
