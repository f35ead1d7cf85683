namespace Publish.Citations;

/// <summary>What disambiguation decided for one item: names added, given-name levels, the disambiguate condition.</summary>
internal sealed class DisambiguationSettings
{
    public int AddNames { get; set; }

    /// <summary>Given-name levels by the name's index in the first names list (by-cite rule): 1 initials, 2 full.</summary>
    public Dictionary<int, int> GivenLevels { get; private set; } = [];

    /// <summary>How many disambiguate="true" conditions hold (see <see cref="RenderState.DisambiguateConditions"/>).</summary>
    public int Disambiguate { get; set; }

    public DisambiguationSettings Clone() =>
        new() { AddNames = AddNames, GivenLevels = new Dictionary<int, int>(GivenLevels), Disambiguate = Disambiguate };
}
