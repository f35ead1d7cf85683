using System.Text.Json.Nodes;
using Publish.Styles.Tests.Schemas;

namespace Publish.Engine.Tests.Schemas;

/// <summary>
/// The <c>--report</c> document of a real <c>publish build</c>: it states <c>schemaVersion</c>, is valid against
/// <c>styles/schemas/report.schema.json</c>, and writes every path relative to the folder the build ran in, however
/// the manuscripts were named (relative, absolute, through <c>..</c>), so no absolute path is left in it.
/// </summary>
public sealed class ReportSchemaTests
{
    private static readonly IReadOnlyDictionary<string, string> NoEnvironment = new Dictionary<string, string>();

    [Fact]
    public void A_real_report_is_valid_against_the_report_schema_and_names_no_absolute_path()
    {
        using var scratch = new ScratchFolder();
        var work = Directory.CreateDirectory(scratch.File("work")).FullName;
        var archive = Directory.CreateDirectory(Path.Combine(work, "archive")).FullName;
        ReleaseArchive.WriteThree(archive);
        File.WriteAllText(Path.Combine(archive, "broken.md"), ReleaseArchive.Broken);
        var single = scratch.Write("single.md", ReleaseArchive.Article("Beside the work folder"));

        // The archive by its absolute path, a file outside the working folder through "..": both must come out relative.
        var run = PublishProcess.Run(work, NoEnvironment, "build", archive, "../single.md", "-o", Path.Combine(work, "out"), "--report", "report.json", "-q");

        Assert.Equal(1, run.ExitCode);
        var text = File.ReadAllText(Path.Combine(work, "report.json"));
        var report = JsonNode.Parse(text)!;
        Assert.Equal(1, report["schemaVersion"]!.GetValue<int>());
        var errors = SchemaFile.Report.Errors(report);
        Assert.True(errors.Count == 0, "report.schema.json refuses the report:\n" + string.Join('\n', errors));
        Assert.DoesNotContain(scratch.Path, text, StringComparison.Ordinal);
        var sources = report["results"]!.AsArray().Select(r => r!["source"]!.GetValue<string>()).ToList();
        Assert.Contains("archive/broken.md", sources);
        Assert.Contains("../single.md", sources);
        Assert.Contains(report["results"]!.AsArray().SelectMany(r => r!["outputs"]!.AsArray()), o => o!["path"]!.GetValue<string>().StartsWith("out/", StringComparison.Ordinal));
        var broken = report["results"]!.AsArray().Single(r => r!["source"]!.GetValue<string>() == "archive/broken.md")!;
        Assert.All(broken["diagnostics"]!.AsArray(), d => Assert.StartsWith("archive/broken.md", d!["text"]!.GetValue<string>(), StringComparison.Ordinal));
    }

    [Fact]
    public void The_report_schema_refuses_an_absolute_path_and_a_missing_schema_version()
    {
        var valid = JsonNode.Parse("""
            {"schemaVersion": 1, "tool": "Publish", "succeeded": true, "manuscripts": 1, "failed": 0, "fromCache": 0, "staleEditions": 0,
             "elapsedMs": 1, "buildDiagnostics": [], "results": [{"source": "a.md", "status": "built", "inputs": [], "outputs": [], "stale": [], "diagnostics": [], "timings": {}}]}
            """)!;
        Assert.Empty(SchemaFile.Report.Errors(valid));

        var absolute = valid.DeepClone();
        absolute["results"]![0]!["source"] = "/home/ci/a.md";
        Assert.NotEmpty(SchemaFile.Report.Errors(absolute));

        var unversioned = valid.DeepClone().AsObject();
        unversioned.Remove("schemaVersion");
        Assert.NotEmpty(SchemaFile.Report.Errors(unversioned));
    }
}
