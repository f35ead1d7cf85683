using Publish.Citations.Suite;

namespace Publish.Citations.Tests;

/// <summary>
/// The official CSL processor test suite, run in-process as bench/CslSuite runs it, against the committed list of
/// fixtures that pass (csl-suite-passing.txt). A listed fixture that fails is a regression; an unlisted one that
/// passes means the list is behind: either way the test fails and names them, so the list stays honest. Its time
/// (under 10 s, issue 21) is measured by <c>bench/CslSuite</c>, which prints it, not asserted here.
/// </summary>
public sealed class SuiteTests
{
    [CslDataFact]
    public void The_suite_passes_exactly_the_committed_list()
    {
        var listed = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "csl-suite-passing.txt"))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
        var runner = new SuiteRunner(new LocaleStore(Path.Combine(CslData.Folder!, "locales")));
        var passing = new HashSet<string>(StringComparer.Ordinal);
        var count = 0;
        foreach (var path in Directory.GetFiles(CslData.Suite, "*.txt"))
        {
            count++;
            var fixture = SuiteFixture.Parse(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path));
            try
            {
                if (runner.Run(fixture).Trim() == fixture.Expected.Trim())
                {
                    passing.Add(fixture.Name);
                }
            }
            catch (CslException)
            {
            }
            catch (InvalidOperationException)
            {
            }
            catch (ArgumentException)
            {
            }
        }

        var regressions = listed.Where(n => !passing.Contains(n)).Order(StringComparer.Ordinal).ToList();
        var unlisted = passing.Where(n => !listed.Contains(n)).Order(StringComparer.Ordinal).ToList();
        Assert.True(count >= 845, $"the suite folder holds {count} fixtures, expected 845");
        Assert.True(regressions.Count == 0, "listed fixtures that fail: " + string.Join(", ", regressions));
        Assert.True(unlisted.Count == 0, "fixtures that pass but are not in csl-suite-passing.txt (add them): " + string.Join(", ", unlisted));
    }
}
