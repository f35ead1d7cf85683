using Publish.Citations.Suite;

namespace Publish.Citations.Tests;

/// <summary>
/// Our own fixtures in the CSL suite's format (turkish/*.txt), run as the suite runs with the shipped locales
/// (styles/csl): the tr-TR locale's terms (a.g.e., s./ss., ve, vd., ed., çev., c., sy., bs., t.y., erişim), Turkish
/// month names and date forms, casing in the Turkish culture (i ↔ İ, ı ↔ I) and collation in the Turkish alphabet's
/// order (C Ç, G Ğ, I İ, O Ö, S Ş, U Ü). The expected results were written by hand, not taken from the processor.
/// They need no external data, so they run everywhere.
/// </summary>
public sealed class TurkishFixtureTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "turkish");

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(path));
        }

        return data;
    }

    [Fact]
    public void There_are_at_least_25_Turkish_fixtures() =>
        Assert.True(Directory.GetFiles(Folder, "*.txt").Length >= 25, "issue 21 asks for at least 25 Turkish fixtures in tests/");

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void The_Turkish_fixture_renders_as_expected(string name)
    {
        var fixture = SuiteFixture.Parse(name, File.ReadAllText(Path.Combine(Folder, name + ".txt")));
        var runner = new SuiteRunner(new LocaleStore(CslData.Shipped));
        Assert.Equal(fixture.Expected.Trim(), runner.Run(fixture).Trim());
    }
}
