using System.Diagnostics;
using System.Globalization;
using Publish.Citations;
using Publish.Citations.Suite;

// Issue 21: runs every fixture of the CSL processor test suite folder given, prints the counts per category and
// ends with "CSL suite: N passed, M failed". Options: --locales DIR (default: ../../locales beside the suite, as in
// /work/shared/csl), --passing FILE (write the names of the passing fixtures), --show NAME (print expected/actual).
// "chicago300 CHICAGO300-FOLDER STYLES-FOLDER" renders the 300-note document with both shipped Chicago styles in
// en-US and tr-TR, prints every note and entry that differs from citeproc-js's and the processor time of each run.
if (args.Length == 3 && args[0] == "chicago300")
{
    Chicago300.Run(args[1], args[2]);
    return;
}

var folder = args.Length > 0 ? args[0] : "/work/shared/csl/test-suite/processor-tests/humans";
string? localesFolder = null;
string? passingFile = null;
string? show = null;
for (var i = 1; i < args.Length - 1; i++)
{
    switch (args[i])
    {
        case "--locales": localesFolder = args[++i]; break;
        case "--passing": passingFile = args[++i]; break;
        case "--show": show = args[++i]; break;
    }
}

localesFolder ??= Path.GetFullPath(Path.Combine(folder, "../../../locales"));
var runner = new SuiteRunner(new LocaleStore(localesFolder));
var watch = Stopwatch.StartNew();
var results = new SortedDictionary<string, (int Passed, int Failed)>(StringComparer.Ordinal);
var passing = new List<string>();
foreach (var path in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
{
    var name = Path.GetFileNameWithoutExtension(path);
    var fixture = SuiteFixture.Parse(name, File.ReadAllText(path));
    string actual;
    var fixtureWatch = Stopwatch.StartNew();
    try
    {
        actual = runner.Run(fixture);
    }
#pragma warning disable CA1031 // A fixture that makes the processor throw is a failed fixture, reported with the rest.
    catch (Exception e)
#pragma warning restore CA1031
    {
        actual = "EXCEPTION " + e.GetType().Name + ": " + e.Message + (show is null ? string.Empty : "\n" + e.StackTrace);
    }

    if (fixtureWatch.ElapsedMilliseconds > 300)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"slow: {name} {fixtureWatch.ElapsedMilliseconds} ms"));
    }

    var ok = actual.Trim() == fixture.Expected.Trim();
    var (p, f) = results.GetValueOrDefault(fixture.Category);
    results[fixture.Category] = ok ? (p + 1, f) : (p, f + 1);
    if (ok)
    {
        passing.Add(name);
    }

    if (show is not null && (name == show || show == "*fail" && !ok))
    {
        Console.WriteLine($"== {name}\n-- expected\n{fixture.Expected}\n-- actual\n{actual}");
    }
}

foreach (var (category, (p, f)) in results)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{category,-16} {p,4} / {p + f,4}"));
}

if (passingFile is not null)
{
    File.WriteAllLines(passingFile, passing);
}

var passed = results.Values.Sum(r => r.Passed);
var failed = results.Values.Sum(r => r.Failed);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"({watch.Elapsed.TotalSeconds:0.00} s)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CSL suite: {passed} passed, {failed} failed"));
