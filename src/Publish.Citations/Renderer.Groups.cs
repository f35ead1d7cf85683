namespace Publish.Citations;

/// <summary>Group and choose elements (CSL 1.0.2 §Group, §Choose).</summary>
internal sealed partial class Renderer
{
    /// <summary>
    /// A group renders unless it calls at least one variable and none of the variables it calls is non-empty.
    /// </summary>
    private Output RenderGroup(CslElement element, RenderState state)
    {
        var calledBefore = state.Called;
        var renderedBefore = state.Rendered;
        state.Called = 0;
        state.Rendered = 0;
        var output = RenderChildren(element, state, element["delimiter"] ?? string.Empty);
        var called = state.Called;
        var rendered = state.Rendered;
        state.Called = calledBefore + called;
        state.Rendered = renderedBefore + rendered;
        if (called > 0 && rendered == 0)
        {
            return Output.Empty;
        }

        return Decorate(output, element, state);
    }

    private Output RenderChoose(CslElement element, RenderState state)
    {
        foreach (var branch in element.Children)
        {
            if (branch.Name == "else" || Test(branch, state))
            {
                var output = RenderChildren(branch, state);
                output.Splice = true;
                return output;
            }
        }

        return Output.Empty;
    }

    private bool Test(CslElement branch, RenderState state)
    {
        var match = branch["match"] ?? "all";
        var results = new List<bool>();
        foreach (var (attribute, value) in branch.Attributes)
        {
            if (attribute == "match")
            {
                continue;
            }

            foreach (var operand in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                results.Add(Condition(attribute, operand, state));
            }
        }

        if (results.Count == 0)
        {
            return false;
        }

        return match switch
        {
            "any" => results.Any(r => r),
            "none" => !results.Any(r => r),
            _ => results.All(r => r),
        };
    }

    private bool Condition(string attribute, string operand, RenderState state)
    {
        var item = state.Item;
        switch (attribute)
        {
            case "type":
                return item.Type == operand;
            case "variable":
                return HasVariable(operand, state);
            case "is-numeric":
                var value = RawVariable(operand, state);
                return value is not null && IsNumeric(value);
            case "is-uncertain-date":
                return item.Dates.TryGetValue(operand, out var date) && date.Circa;
            case "locator":
                var label = state.Cite is { Locator.Length: > 0 } cite ? (cite.Label.Length == 0 ? "page" : cite.Label) : null;
                return label == operand || operand == "sub-verbo" && label == "sub verbo";
            case "position":
                return PositionHolds(operand, state);
            case "disambiguate":
                return operand == "true" ? ++state.DisambiguateConditionsMet <= state.DisambiguateConditions : state.DisambiguateConditions == 0;
            default:
                return false;
        }
    }

    private bool HasVariable(string variable, RenderState state)
    {
        var item = state.Item;
        return variable switch
        {
            "locator" => state.Cite is { Locator.Length: > 0 },
            "citation-number" => state.CitationNumber > 0,
            "first-reference-note-number" => state.Cite is { FirstReferenceNoteNumber: > 0 } && !state.Bibliography,
            "year-suffix" => state.YearSuffix.Length > 0,
            _ => item.Get(variable) is not null || item.Names.TryGetValue(variable, out var names) && names.Count > 0 || item.Dates.ContainsKey(variable),
        };
    }

    private static bool PositionHolds(string operand, RenderState state)
    {
        if (state.Bibliography || state.Cite is null)
        {
            return false;
        }

        var position = state.Cite.Position;
        return operand switch
        {
            "first" => position == Position.First,
            "subsequent" => position != Position.First,
            "ibid" => position is Position.Ibid or Position.IbidWithLocator,
            "ibid-with-locator" => position == Position.IbidWithLocator,
            "near-note" => position != Position.First && state.Cite.NearNote,
            _ => false,
        };
    }
}
