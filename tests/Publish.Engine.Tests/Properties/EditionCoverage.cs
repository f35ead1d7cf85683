namespace Publish.Engine.Tests.Properties;

/// <summary>
/// What a run of the edition properties actually met, summed over its samples, so a test can show that its
/// manuscripts reached the cases the properties are about (hyphenated line ends, ligatures, books of several
/// pages, notes referenced twice) instead of passing on manuscripts too plain to fail.
/// </summary>
internal sealed record EditionCoverage(int Books, int Pages, int HyphenJoins, int Ligatures, int ContinuedNotes, int RepeatedReferences)
{
    public static EditionCoverage None { get; } = new(0, 0, 0, 0, 0, 0);

    public static EditionCoverage operator +(EditionCoverage a, EditionCoverage b) => new(
        a.Books + b.Books,
        a.Pages + b.Pages,
        a.HyphenJoins + b.HyphenJoins,
        a.Ligatures + b.Ligatures,
        a.ContinuedNotes + b.ContinuedNotes,
        a.RepeatedReferences + b.RepeatedReferences);
}
