using System.Globalization;
using System.Text;

namespace Publish.Citations;

/// <summary>
/// Names elements (CSL 1.0.2 §Names, §Name, §Et-al, §Substitute): name lists with et-al, "and", the delimiters'
/// precedence rules, name order and inversion, initials, particles and suffixes, labels, and substitution.
/// </summary>
internal sealed partial class Renderer
{
    private Output RenderNames(CslElement element, RenderState state)
    {
        var variables = (element["variable"] ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var source = element.Children.Count == 0 && state.SubstituteParent is not null ? state.SubstituteParent : element;
        var nameElement = source.Child("name");
        var etAlElement = source.Child("et-al");
        var labelElement = source.Child("label");
        var labelBefore = labelElement is not null && nameElement is not null
            && source.Children.ToList().IndexOf(labelElement) < source.Children.ToList().IndexOf(nameElement);
        var options = new Dictionary<string, string>(Options(state), StringComparer.Ordinal);
        if (nameElement is not null)
        {
            foreach (var (key, value) in nameElement.Attributes)
            {
                options[key] = value;
            }
        }

        if (!options.ContainsKey("delimiter"))
        {
            if (options.TryGetValue("name-delimiter", out var nameDelimiter))
            {
                options["delimiter"] = nameDelimiter;
            }
        }

        if (!options.ContainsKey("form") && options.TryGetValue("name-form", out var nameForm))
        {
            options["form"] = nameForm;
        }

        var namesDelimiter = element["delimiter"] ?? source["delimiter"] ?? Options(state).GetValueOrDefault("names-delimiter", string.Empty);
        var present = variables.Where(v => !state.Suppressed.Contains(v) && state.Item.Names.TryGetValue(v, out var list) && list.Count > 0).ToList();
        state.Called++;

        // Editor and translator that are the same people print once, with the "editortranslator" term (§Label).
        var combined = false;
        if (present.Contains("editor") && present.Contains("translator") && SameNames(state.Item.Names["editor"], state.Item.Names["translator"]))
        {
            present.Remove("translator");
            combined = true;
        }

        if (present.Count == 0)
        {
            var substitute = element.Child("substitute");
            if (substitute is null)
            {
                return Output.Empty;
            }

            var saved = state.SubstituteParent;
            state.SubstituteParent = element;
            try
            {
                foreach (var child in substitute.Children)
                {
                    var before = state.Rendered;
                    var output = Render(child, state);
                    if (!output.IsEmpty)
                    {
                        foreach (var used in VariablesOf(child))
                        {
                            state.Suppressed.Add(used);
                        }

                        // Whatever stands in for the names counts as the names (subsequent-author-substitute
                        // replaces a repeated substituted title too, as citeproc-js).
                        var decorated = Decorate(output, element, state);
                        decorated.IsNames = true;

                        return decorated;
                    }

                    state.Rendered = before;
                }
            }
            finally
            {
                state.SubstituteParent = saved;
            }

            return Output.Empty;
        }

        state.Rendered++;
        var lists = new List<Output>();
        foreach (var variable in present)
        {
            var names = state.Item.Names[variable];
            var list = NameList(names, options, nameElement, etAlElement, state, variable == present[0]);
            if (options.GetValueOrDefault("form") == "count")
            {
                lists.Add(list);
                continue;
            }

            if (labelElement is not null)
            {
                var term = combined && variable == "editor" ? "editortranslator" : variable;
                var label = RenderLabelForNames(labelElement, term, names.Count > 1, state);
                lists.Add(labelBefore ? Output.Join([label, list]) : Output.Join([list, label]));
            }
            else
            {
                lists.Add(list);
            }
        }

        foreach (var variable in present)
        {
            // A names element inside substitute uses its variables up (§Substitute).
            if (state.SubstituteParent is not null)
            {
                state.Suppressed.Add(variable);
            }
        }

        if (options.GetValueOrDefault("form") == "count")
        {
            var total = lists.Sum(l => int.TryParse(l.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0);
            return total == 0 ? Output.Empty : Decorate(new Output(total.ToString(CultureInfo.InvariantCulture)), element, state);
        }

        var result = Decorate(new Output(lists, namesDelimiter), element, state);
        if (ReferenceEquals(result, lists.FirstOrDefault()) || result.Text is not null)
        {
            result = result.Wrap();
        }

        result.IsNames = true;
        if (state.NamesRendered++ == 0)
        {
            state.FirstNames = state.Item.Names[present[0]];
        }

        return result;
    }

    private Output RenderLabelForNames(CslElement label, string term, bool plural, RenderState state)
    {
        var mode = label["plural"] ?? "contextual";
        plural = mode == "always" || mode != "never" && plural;
        var text = locale.Term(term, label["form"] ?? "long", plural);
        return string.IsNullOrEmpty(text) ? Output.Empty : Decorate(RichText.Parse(text), label, state);
    }

    private static bool SameNames(List<CslName> a, List<CslName> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.Family == p.Second.Family && p.First.Given == p.Second.Given && p.First.Literal == p.Second.Literal);

    private IEnumerable<string> VariablesOf(CslElement element)
    {
        if (element["variable"] is { } variable)
        {
            foreach (var name in variable.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                yield return name;
            }
        }

        if (element["macro"] is { } macro && style.Macros.TryGetValue(macro, out var body))
        {
            foreach (var child in body.Children)
            {
                foreach (var name in VariablesOf(child))
                {
                    yield return name;
                }
            }
        }

        foreach (var child in element.Children)
        {
            foreach (var name in VariablesOf(child))
            {
                yield return name;
            }
        }
    }

    private Output NameList(List<CslName> names, Dictionary<string, string> options, CslElement? nameElement, CslElement? etAlElement, RenderState state, bool firstList)
    {
        var subsequent = state.Cite is not null && !state.Bibliography && (state.Cite.Position != Position.First || state.SubsequentNames);
        var etAlMin = Int(options, subsequent && options.ContainsKey("et-al-subsequent-min") ? "et-al-subsequent-min" : "et-al-min");
        var etAlUseFirst = Int(options, subsequent && options.ContainsKey("et-al-subsequent-use-first") ? "et-al-subsequent-use-first" : "et-al-use-first");
        var useLast = options.GetValueOrDefault("et-al-use-last") == "true";
        if (state.SortKey)
        {
            etAlMin = state.SortNamesMin ?? etAlMin;
            etAlUseFirst = state.SortNamesUseFirst ?? etAlUseFirst;
            useLast = state.SortNamesUseLast ?? useLast;
        }

        var shown = names.Count;
        var truncated = false;
        if (etAlMin > 0 && names.Count >= etAlMin && etAlUseFirst == 0 && options.ContainsKey("et-al-use-first") && !state.SortKey)
        {
            // et-al-use-first="0": a list long enough for et-al shows nothing (citeproc-js).
            return Output.Empty;
        }

        if (etAlMin > 0 && etAlUseFirst > 0 && names.Count >= etAlMin && etAlUseFirst < names.Count)
        {
            shown = etAlUseFirst;
            if (firstList)
            {
                shown = Math.Min(names.Count, shown + state.AddNames);
            }

            truncated = shown < names.Count;
        }

        if (firstList)
        {
            state.FirstNamesShown = shown;
        }

        if (options.GetValueOrDefault("form") == "count")
        {
            return new Output(shown.ToString(CultureInfo.InvariantCulture));
        }

        var delimiter = options.GetValueOrDefault("delimiter", ", ");
        var and = options.GetValueOrDefault("and");
        var andText = state.SortKey ? null : and switch
        {
            "text" => locale.Term("and") ?? "and",
            "symbol" => "&",
            _ => null,
        };
        var parts = new List<Output>();
        var inverted = new List<bool>();
        for (var i = 0; i < shown; i++)
        {
            // Sort keys take every name inverted and no "and" (as citeproc-js compares them).
            var invert = state.SortKey || options.GetValueOrDefault("name-as-sort-order") switch
            {
                "all" => true,
                "first" => i == 0,
                _ => false,
            };
            var givenLevel = firstList ? state.GivenLevelOf(i, names[i]) : 0;
            parts.Add(Name(names[i], options, nameElement, invert, givenLevel, state));
            inverted.Add(invert && !names[i].IsLiteral);
        }

        var builder = new List<Output>();
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                var last = i == parts.Count - 1 && !truncated;
                if (last && andText is not null)
                {
                    var precedes = options.GetValueOrDefault("delimiter-precedes-last", "contextual") switch
                    {
                        "always" => true,
                        "never" => false,
                        "after-inverted-name" => inverted[i - 1],
                        _ => parts.Count >= 3,
                    };
                    builder.Add(new Output(precedes ? delimiter + andText + " " : " " + andText + " "));
                }
                else
                {
                    builder.Add(new Output(delimiter));
                }
            }

            builder.Add(parts[i]);
        }

        if (truncated)
        {
            if (useLast && names.Count >= shown + 2)
            {
                builder.Add(new Output(delimiter + "… "));
                builder.Add(Name(names[^1], options, nameElement, options.GetValueOrDefault("name-as-sort-order") == "all", 0, state));
            }
            else
            {
                var term = etAlElement?["term"] ?? "et-al";
                var etAl = locale.Term(term) ?? "et al.";
                if (etAl.Length > 0)
                {
                    var precedes = options.GetValueOrDefault("delimiter-precedes-et-al", "contextual") switch
                    {
                        "always" => true,
                        "never" => false,
                        "after-inverted-name" => inverted[^1],
                        _ => shown >= 2,
                    };
                    builder.Add(new Output(precedes ? delimiter : " "));
                    var etAlOutput = etAlElement is null ? new Output(etAl) : Decorate(new Output(etAl), etAlElement, state);
                    builder.Add(etAlOutput);
                }
            }
        }

        var joined = new Output(builder);
        return nameElement is null ? joined : Decorate(joined, nameElement, state);
    }

    private static int Int(Dictionary<string, string> options, string key) =>
        options.TryGetValue(key, out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    /// <summary>One name in display or sort order (CSL 1.0.2 §Name-part Order), with its name-part formatting.</summary>
    private Output Name(CslName name, Dictionary<string, string> options, CslElement? nameElement, bool invert, int givenLevel, RenderState state)
    {
        if (name.IsLiteral || name.Given.Length == 0 && name.Family.Length == 0)
        {
            return RichText.Parse(name.IsLiteral ? name.Literal : string.Empty);
        }

        var form = options.GetValueOrDefault("form", "long");
        if (givenLevel >= 1 && form == "short")
        {
            form = "long";
        }

        var familyPart = nameElement?.ChildrenNamed("name-part").FirstOrDefault(p => p["name"] == "family");
        var givenPart = nameElement?.ChildrenNamed("name-part").FirstOrDefault(p => p["name"] == "given");
        var demote = options.GetValueOrDefault("demote-non-dropping-particle", DemoteNonDroppingParticle);

        string given = name.Given;
        var initializeWith = options.GetValueOrDefault("initialize-with");
        if (initializeWith is not null && givenLevel < 2)
        {
            var initialize = options.GetValueOrDefault("initialize") != "false";
            given = Initials(given, initializeWith, initialize);
        }

        var nonRomanesque = name.IsNonRomanesque;
        Output Family(bool withParticle)
        {
            var text = withParticle && name.NonDroppingParticle.Length > 0
                ? name.NonDroppingParticle + (name.NonDroppingParticle.EndsWith('\'') || name.NonDroppingParticle.EndsWith('’') || name.NonDroppingParticle.EndsWith('-') ? string.Empty : " ") + name.Family
                : name.Family;
            var output = RichText.Parse(text);
            return familyPart is null ? output : Decorate(output, familyPart, state);
        }

        Output Given(bool withParticle)
        {
            var text = given;
            if (withParticle && name.DroppingParticle.Length > 0)
            {
                text = text.Length == 0 ? name.DroppingParticle : text + " " + name.DroppingParticle;
            }

            var output = RichText.Parse(text);
            return givenPart is null ? output : Decorate(output, givenPart, state);
        }

        var parts = new List<Output>();
        if (form == "short")
        {
            if (demote == "display-and-sort" && invert && state.SortKey)
            {
                parts.Add(Family(false));
            }
            else
            {
                parts.Add(Family(true));
            }

            return new Output(parts, " ");
        }

        if (nonRomanesque)
        {
            var text = name.Family + given;
            return new Output(text);
        }

        if (invert && !name.StaticOrdering)
        {
            var sortSeparator = options.GetValueOrDefault("sort-separator", ", ");
            var list = new List<Output>();
            if (demote == "display-and-sort" || state.SortKey && demote == "sort-only")
            {
                list.Add(Family(false));
                var givenWithParticles = new List<Output> { Given(true) };
                if (name.NonDroppingParticle.Length > 0)
                {
                    givenWithParticles.Add(new Output(name.NonDroppingParticle));
                }

                list.Add(Output.Join(givenWithParticles, " "));
            }
            else
            {
                list.Add(Family(true));
                list.Add(Given(true));
            }

            if (name.Suffix.Length > 0)
            {
                list.Add(new Output(name.Suffix));
            }

            return Output.Join(list.Where(o => !o.IsEmpty), sortSeparator);
        }

        var ordered = new List<Output>();
        if (given.Length > 0 || name.DroppingParticle.Length > 0)
        {
            ordered.Add(Given(true));
        }

        ordered.Add(Family(true));
        var display = Output.Join(ordered.Where(o => !o.IsEmpty), " ");
        if (name.Suffix.Length > 0)
        {
            return new Output([display, new Output(name.Suffix)], name.CommaSuffix ? ", " : " ");
        }

        return display;
    }

    /// <summary>
    /// Initials of given names (CSL 1.0.2 §Initialize): "John Paul" → "J. P."; hyphenated names keep the hyphen
    /// ("Jean-Luc" → "J.-L."); with initialize="false" only names already written as initials are punctuated.
    /// </summary>
    internal string Initials(string given, string initializeWith, bool initialize)
    {
        if (given.Length == 0)
        {
            return given;
        }

        var builder = new StringBuilder();
        var words = given.Replace(".", ". ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            var pieces = word.Split('-');
            for (var p = 0; p < pieces.Length; p++)
            {
                var piece = pieces[p].TrimEnd('.');
                if (piece.Length == 0)
                {
                    continue;
                }

                if (p > 0)
                {
                    if (InitializeWithHyphen)
                    {
                        builder.Append(builder.Length > 0 && builder[^1] == ' ' ? string.Empty : string.Empty);
                        TrimEndSpace(builder);
                        builder.Append('-');
                    }
                    else
                    {
                        TrimEndSpace(builder);
                        builder.Append(' ');
                    }
                }

                // A part written with a period ("Ph.", "ME.", "Me.") is an initial already and stays as written; a lone
                // letter is one too; other parts are words (citeproc-js, name_InitialsInitialize* fixtures).
                var isInitial = piece.Length == 1 || pieces[p].EndsWith('.');
                if (initialize || isInitial)
                {
                    if (char.IsLower(piece[0]) && !isInitial)
                    {
                        // Lowercase parts ("de") stay whole (citeproc-js).
                        builder.Append(piece).Append(' ');
                        continue;
                    }

                    builder.Append(isInitial ? piece : piece[..1]).Append(initializeWith);
                }
                else
                {
                    builder.Append(piece).Append(' ');
                }
            }

            if (w < words.Length - 1 && builder.Length > 0 && builder[^1] != ' ' && !initializeWith.EndsWith(' '))
            {
                // Initials run together ("J.P.") when initialize-with has no space.
            }
        }

        return builder.ToString().TrimEnd();
    }

    private static void TrimEndSpace(StringBuilder builder)
    {
        while (builder.Length > 0 && builder[^1] == ' ')
        {
            builder.Length--;
        }
    }
}
