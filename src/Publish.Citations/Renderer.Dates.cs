using System.Globalization;

namespace Publish.Citations;

/// <summary>Date elements, localized and not, with ranges, seasons and eras (CSL 1.0.2 §Date, §Date-part).</summary>
internal sealed partial class Renderer
{
    private Output RenderDate(CslElement element, RenderState state)
    {
        var variable = element["variable"];
        if (variable is null)
        {
            return Output.Empty;
        }

        state.Called++;
        if (state.Suppressed.Contains(variable) || !state.Item.Dates.TryGetValue(variable, out var date))
        {
            return Output.Empty;
        }

        if (state.SortKey)
        {
            // As a sort key a date compares by its value, not its rendering (citeproc-js).
            var key = SortKeys.DateKey(date);
            if (key is not null)
            {
                state.Rendered++;
            }

            return key is null ? Output.Empty : new Output(key);
        }

        Output output;
        if (date.Parts.Count == 0)
        {
            output = date.Literal.Length > 0 ? RichText.Parse(date.Literal) : Output.Empty;
        }
        else
        {
            var (parts, delimiter) = DateParts(element);
            output = RenderDateValue(date, parts, delimiter, state);
        }

        if (output.IsEmpty)
        {
            return output;
        }

        state.Rendered++;
        var decorated = Decorate(output, element, state);
        if (ReferenceEquals(decorated, output) && decorated.Text is not null)
        {
            decorated = decorated.Wrap();
        }

        decorated.Kind = OutputKind.Date;
        decorated.Years = string.Join('/', date.Parts.Select(p => p.Year.ToString(CultureInfo.InvariantCulture)));
        return decorated;
    }

    /// <summary>The date-part elements to render, in order: the locale's for a localized date (with the style's
    /// date-part attributes laid over them), else the style's own.</summary>
    private (List<CslElement> Parts, string Delimiter) DateParts(CslElement element)
    {
        var form = element["form"];
        if (form is null)
        {
            return (element.ChildrenNamed("date-part").ToList(), element["delimiter"] ?? string.Empty);
        }

        var localized = locale.DateFormat(form);
        if (localized is null)
        {
            return ([], string.Empty);
        }

        var which = element["date-parts"] ?? "year-month-day";
        var wanted = which switch
        {
            "year" => new[] { "year" },
            "year-month" => ["year", "month"],
            _ => ["year", "month", "day"],
        };
        var overrides = element.ChildrenNamed("date-part").ToDictionary(p => p["name"] ?? string.Empty, StringComparer.Ordinal);
        var parts = new List<CslElement>();
        foreach (var part in localized.ChildrenNamed("date-part"))
        {
            var name = part["name"] ?? string.Empty;
            if (!wanted.Contains(name))
            {
                continue;
            }

            if (overrides.TryGetValue(name, out var over))
            {
                var attributes = new Dictionary<string, string>(part.Attributes, StringComparer.Ordinal);
                foreach (var (key, value) in over.Attributes)
                {
                    // The locale keeps its affixes (CSL 1.0.2: affixes of a localized date-part are not overridden).
                    if (key is not ("prefix" or "suffix"))
                    {
                        attributes[key] = value;
                    }
                }

                parts.Add(new CslElement("date-part", attributes, [], string.Empty));
            }
            else
            {
                parts.Add(part);
            }
        }

        return (parts, localized["delimiter"] ?? string.Empty);
    }

    private Output RenderDateValue(CslDate date, List<CslElement> parts, string delimiter, RenderState state)
    {
        var first = date.Parts[0];
        if (date.IsRange && date.Parts[1] != first && date.Parts[1].Year != 0)
        {
            var second = date.Parts[1];
            var differs = first.Year != second.Year ? "year" : first.Month != second.Month ? "month" : "day";
            var present = parts.Where(p => PartValue(p["name"], first) != 0 || PartValue(p["name"], second) != 0).ToList();
            var rank = (string? name) => name switch { "year" => 0, "month" => 1, _ => 2 };
            var differRank = rank(differs);
            var inRange = present.Select((p, i) => (p, i)).Where(x => rank(x.p["name"]) >= differRank).Select(x => x.i).ToList();
            if (inRange.Count > 0 && present.Any(p => p["name"] == differs))
            {
                var lo = inRange.Min();
                var hi = present.Count - 1;
                if (differs != "year")
                {
                    hi = inRange.Max();
                }
                else
                {
                    lo = 0;
                }

                var rangeDelimiter = present.FirstOrDefault(p => p["name"] == differs)?["range-delimiter"] ?? "–";
                var pieces = new List<Output>();
                for (var i = 0; i < lo; i++)
                {
                    pieces.Add(DatePart(present[i], first, date, state, i == present.Count - 1));
                }

                var left = new List<Output>();
                var right = new List<Output>();
                for (var i = lo; i <= hi; i++)
                {
                    left.Add(DatePart(present[i], first, date, state, false));
                    right.Add(DatePart(present[i], second, date, state, false));
                }

                StripEdge(left, last: true);
                StripEdge(right, last: false);
                var range = new Output([Output.Join(left, delimiter), Output.Join(right, delimiter)], rangeDelimiter);
                pieces.Add(range);
                for (var i = hi + 1; i < present.Count; i++)
                {
                    pieces.Add(DatePart(present[i], first, date, state, false));
                }

                return Output.Join(pieces, delimiter);
            }
        }

        var outputs = parts.Where(p => PartValue(p["name"], first) != 0 || p["name"] == "month" && date.Season.Length > 0)
            .Select(p => DatePart(p, first, date, state, false)).ToList();
        return Output.Join(outputs, delimiter);
    }

    private static void StripEdge(List<Output> outputs, bool last)
    {
        var nonEmpty = outputs.Where(o => !o.IsEmpty).ToList();
        if (nonEmpty.Count == 0)
        {
            return;
        }

        if (last)
        {
            nonEmpty[^1].Suffix = string.Empty;
        }
        else
        {
            nonEmpty[0].Prefix = string.Empty;
        }
    }

    private static int PartValue(string? name, (int Year, int Month, int Day) value) => name switch
    {
        "year" => value.Year,
        "month" => value.Month,
        "day" => value.Month is > 0 and <= 12 ? value.Day : 0,
        _ => 0,
    };

    private Output DatePart(CslElement part, (int Year, int Month, int Day) value, CslDate date, RenderState state, bool unused)
    {
        _ = unused;
        var name = part["name"];
        var form = part["form"];
        string text;
        Output? implicitSuffix = null;
        switch (name)
        {
            case "year":
                if (value.Year == 0)
                {
                    return Output.Empty;
                }

                var year = Math.Abs(value.Year);
                text = form == "short" ? (year % 100).ToString("00", CultureInfo.InvariantCulture) : year.ToString(CultureInfo.InvariantCulture);
                if (value.Year < 0)
                {
                    text += locale.Term("bc") ?? "BC";
                }
                else if (value.Year < 1000)
                {
                    text += locale.Term("ad") ?? "AD";
                }

                if (!PlacesYearSuffix && state.YearSuffix.Length > 0 && !state.YearSuffixUsed)
                {
                    // Its own node, so year-suffix collapsing can keep it and drop the year (CSL 1.0.2 §Cite Collapsing).
                    implicitSuffix = new Output(state.YearSuffix) { Kind = OutputKind.YearSuffix, Number = YearSuffixNumber(state.YearSuffix) };
                    state.YearSuffixUsed = true;
                }

                break;
            case "month":
                if (value.Month is >= 13 and <= 16 or >= 21 and <= 24)
                {
                    var season = value.Month > 20 ? value.Month - 20 : value.Month - 12;
                    text = locale.Term("season-0" + season.ToString(CultureInfo.InvariantCulture)) ?? string.Empty;
                    break;
                }

                if (value.Month is < 1 or > 12)
                {
                    if (date.Season.Length == 0)
                    {
                        return Output.Empty;
                    }

                    text = int.TryParse(date.Season, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s is >= 1 and <= 4
                        ? locale.Term("season-0" + s.ToString(CultureInfo.InvariantCulture)) ?? date.Season
                        : date.Season;
                    break;
                }

                text = form switch
                {
                    "numeric" => value.Month.ToString(CultureInfo.InvariantCulture),
                    "numeric-leading-zeros" => value.Month.ToString("00", CultureInfo.InvariantCulture),
                    "short" => locale.Term("month-" + value.Month.ToString("00", CultureInfo.InvariantCulture), "short") ?? string.Empty,
                    _ => locale.Term("month-" + value.Month.ToString("00", CultureInfo.InvariantCulture)) ?? string.Empty,
                };
                break;
            case "day":
                if (value.Day == 0 || value.Month is < 1 or > 12)
                {
                    return Output.Empty;
                }

                var gender = locale.TermEntry("month-" + value.Month.ToString("00", CultureInfo.InvariantCulture))?.Gender;
                text = form switch
                {
                    "numeric-leading-zeros" => value.Day.ToString("00", CultureInfo.InvariantCulture),
                    "ordinal" when !locale.LimitDayOrdinalsToDay1 || value.Day == 1 => value.Day.ToString(CultureInfo.InvariantCulture) + locale.Ordinal(value.Day, gender),
                    _ => value.Day.ToString(CultureInfo.InvariantCulture),
                };
                break;
            default:
                return Output.Empty;
        }

        if (text.Length == 0)
        {
            return Output.Empty;
        }

        return Decorate(implicitSuffix is null ? new Output(text) : new Output([new Output(text), implicitSuffix]), part, state);
    }
}
