namespace Publish.Citations;

/// <summary>What disambiguation decided for one item: names added, given-name level, the disambiguate condition.</summary>
internal sealed class DisambiguationSettings
{
    public int AddNames { get; set; }

    public int GivenLevel { get; set; }

    public bool Disambiguate { get; set; }
}
