// Line coverage per source project, merged over every test project's Cobertura report.
//
//   dotnet run .ci/coverage.cs -- RESULTS_FOLDER FLOORS_FILE
//
// The test SDK's collector (`dotnet test --collect "Code Coverage;Format=cobertura"`) writes one report per
// test project, and each covers only what that project's tests ran: Publish.Model is exercised mostly by the
// engine's tests, not by its own. A line counts as covered when any report saw it run. Prints a Markdown
// table (the one the README shows) and exits 1 when a project falls below its floor in FLOORS_FILE
// ("Project percent" per line, '#' comments; projects not listed must reach 80 %).
using System.Globalization;
using System.Xml.Linq;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: dotnet run .ci/coverage.cs -- RESULTS_FOLDER FLOORS_FILE");
    return 2;
}

const double DefaultFloor = 80.0;
var reports = Directory.GetFiles(args[0], "*.cobertura.xml", SearchOption.AllDirectories);
if (reports.Length == 0)
{
    Console.Error.WriteLine($"coverage: no *.cobertura.xml under {args[0]}");
    return 1;
}

// project -> (file, line) -> covered anywhere
var lines = new SortedDictionary<string, Dictionary<(string File, int Line), bool>>(StringComparer.Ordinal);
foreach (var report in reports)
{
    foreach (var package in XDocument.Load(report).Descendants("package"))
    {
        // The CLI's assembly is named after the command it builds ("publish"), not after its project.
        var assembly = (string?)package.Attribute("name") ?? "";
        var project = assembly == "publish" ? "Publish.Cli" : assembly;
        if (!project.StartsWith("Publish.", StringComparison.Ordinal) || project.EndsWith(".Tests", StringComparison.Ordinal))
        {
            continue;
        }

        if (!lines.TryGetValue(project, out var projectLines))
        {
            projectLines = [];
            lines[project] = projectLines;
        }

        foreach (var cls in package.Descendants("class"))
        {
            var file = (string?)cls.Attribute("filename") ?? "";
            foreach (var line in cls.Descendants("line"))
            {
                var key = (file, (int)line.Attribute("number")!);
                var hit = (long)line.Attribute("hits")! > 0;
                projectLines[key] = projectLines.TryGetValue(key, out var seen) ? seen || hit : hit;
            }
        }
    }
}

var floors = new Dictionary<string, double>(StringComparer.Ordinal);
foreach (var raw in File.ReadAllLines(args[1]))
{
    var text = raw.Split('#')[0].Trim();
    if (text.Length == 0)
    {
        continue;
    }

    var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    floors[parts[0]] = double.Parse(parts[1], CultureInfo.InvariantCulture);
}

var status = 0;
Console.WriteLine("| project | lines covered | lines | coverage | floor |");
Console.WriteLine("|---|---:|---:|---:|---:|");
foreach (var (project, projectLines) in lines)
{
    var covered = projectLines.Values.Count(hit => hit);
    var percent = projectLines.Count == 0 ? 100.0 : 100.0 * covered / projectLines.Count;
    var floor = floors.GetValueOrDefault(project, DefaultFloor);
    var verdict = percent + 1e-9 < floor ? " **below**" : "";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {project} | {covered:N0} | {projectLines.Count:N0} | {percent:F1} % | {floor:F0} %{verdict} |"));
    if (verdict.Length > 0)
    {
        status = 1;
    }
}

return status;
