namespace Publish.Engine.Tests.Conformance;

/// <summary>
/// Every test manuscript, the sample and a 300-section book, built with the default profile (PDF/A-2b + PDF/UA-1)
/// and the press profile (PDF/X-4 + PDF/A-2b + PDF/UA-1), pass every clause the checker knows, but for <see cref="KnownGaps"/>.
/// </summary>
public sealed class ConformanceEditionTests
{
    public static TheoryData<string, string> EditionCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in ConformanceEditions.Names())
        {
            data.Add(name, nameof(PrintProfile.Default));
            data.Add(name, nameof(PrintProfile.Press));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EditionCases))]
    public void The_edition_meets_its_standards_but_for_the_known_gaps(string manuscript, string profileName)
    {
        var profile = Enum.Parse<PrintProfile>(profileName);
        var failures = ConformanceEditions.Failures(manuscript, profile);

        var unexpected = failures.Where(f => !KnownGaps.Clauses.ContainsKey(f.Clause)).ToArray();

        Assert.True(unexpected.Length == 0, $"{manuscript} ({profile}) fails clauses that are not known gaps:\n{string.Join("\n", unexpected.Take(40))}");
    }

    [Fact]
    public void The_editions_claim_exactly_their_standards()
    {
        foreach (var profile in new[] { PrintProfile.Default, PrintProfile.Press })
        {
            Assert.Equal(ConformanceEditions.Expected(profile), ConformanceChecker.ClaimsOf(ConformanceEditions.Pdf("full-features.md", profile)));
        }
    }

    [Fact]
    public void Every_known_gap_is_still_observed()
    {
        var observed = ConformanceEditions.Names()
            .SelectMany(n => new[] { PrintProfile.Default, PrintProfile.Press }.SelectMany(p => ConformanceEditions.Failures(n, p)))
            .Select(f => f.Clause).ToHashSet(StringComparer.Ordinal);

        var closed = KnownGaps.Clauses.Keys.Where(c => !observed.Contains(c)).ToArray();

        Assert.True(closed.Length == 0, $"no edition fails these any more; delete them from KnownGaps: {string.Join(", ", closed)}");
    }
}
