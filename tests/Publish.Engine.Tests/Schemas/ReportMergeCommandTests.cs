using System.Text.Json.Nodes;
using Publish.Styles.Tests.Schemas;

namespace Publish.Engine.Tests.Schemas;

/// <summary>
/// <c>publish report merge</c> on the reports of two real shards (<c>--shard 1/2</c>, <c>--shard 2/2</c>): one report
/// with every manuscript once, totals summed, valid against the report schema; overlapping shards and a report of
/// another schema version are refused at the report, exit code 2, nothing written.
/// </summary>
public sealed class ReportMergeCommandTests
{
    private static readonly IReadOnlyDictionary<string, string> NoEnvironment = new Dictionary<string, string>();

    private static readonly string[] Names = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot"];

    [Fact]
    public void Two_shard_reports_merge_into_one_report_of_the_whole_build()
    {
        using var scratch = new ScratchFolder();
        WriteShards(scratch);

        var merge = PublishProcess.Run(scratch.Path, NoEnvironment, "report", "merge", "r1.json", "r2.json", "-o", "all.json");

        Assert.True(merge.ExitCode == 0, merge.StandardError);
        var all = JsonNode.Parse(File.ReadAllText(scratch.File("all.json")))!;
        var errors = SchemaFile.Report.Errors(all);
        Assert.True(errors.Count == 0, "report.schema.json refuses the merged report:\n" + string.Join('\n', errors));
        var sources = all["results"]!.AsArray().Select(r => r!["source"]!.GetValue<string>()).ToList();
        Assert.Equal(Names.Select(n => $"archive/{n}.md"), sources);
        var shards = all["shards"]!.AsArray();
        Assert.Equal(["1/2", "2/2"], shards.Select(s => s!["shard"]!.GetValue<string>()));
        Assert.Equal(["r1.json", "r2.json"], shards.Select(s => s!["report"]!.GetValue<string>()));
        Assert.Equal(Names.Length, all["manuscripts"]!.GetValue<int>());
        Assert.Equal(Names.Length, shards.Sum(s => s!["manuscripts"]!.GetValue<int>()));
        Assert.All(shards, s => Assert.InRange(s!["manuscripts"]!.GetValue<int>(), 1, Names.Length - 1));
        Assert.True(all["succeeded"]!.GetValue<bool>());
        Assert.Equal(1, all["schemaVersion"]!.GetValue<int>());
    }

    [Fact]
    public void Overlapping_reports_are_refused_at_the_manuscript_and_nothing_is_written()
    {
        using var scratch = new ScratchFolder();
        WriteShards(scratch);
        File.Copy(scratch.File("r1.json"), scratch.File("r1-again.json"));

        var merge = PublishProcess.Run(scratch.Path, NoEnvironment, "report", "merge", "r1.json", "r2.json", "r1-again.json", "-o", "all.json");

        Assert.Equal(2, merge.ExitCode);
        Assert.Matches(@"r1-again\.json:\d+:1: error PUB7082: manuscript 'archive/\w+\.md' is also in r1\.json", merge.StandardError);
        Assert.False(File.Exists(scratch.File("all.json")));
    }

    [Theory]
    [InlineData("2", "the report has schemaVersion 2")]
    [InlineData(null, "the report has no schemaVersion")]
    public void A_report_of_another_schema_version_is_refused(string? version, string message)
    {
        using var scratch = new ScratchFolder();
        WriteShards(scratch);
        var second = JsonNode.Parse(File.ReadAllText(scratch.File("r2.json")))!.AsObject();
        if (version is null)
        {
            second.Remove("schemaVersion");
        }
        else
        {
            second["schemaVersion"] = int.Parse(version, System.Globalization.CultureInfo.InvariantCulture);
        }

        File.WriteAllText(scratch.File("r2.json"), second.ToJsonString());

        var merge = PublishProcess.Run(scratch.Path, NoEnvironment, "report", "merge", "r1.json", "r2.json", "-o", "all.json");

        Assert.Equal(2, merge.ExitCode);
        Assert.Contains("r2.json", merge.StandardError, StringComparison.Ordinal);
        Assert.Contains("error PUB7081: " + message, merge.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(scratch.File("all.json")));
    }

    [Theory]
    [InlineData("not json", "PUB7080")]
    [InlineData("{\"schemaVersion\": 1}", "PUB7080")]
    public void A_file_that_is_not_a_build_report_is_refused(string content, string code)
    {
        using var scratch = new ScratchFolder();
        WriteShards(scratch);
        scratch.Write("r3.json", content);

        var merge = PublishProcess.Run(scratch.Path, NoEnvironment, "report", "merge", "r1.json", "r3.json", "-o", "all.json");

        Assert.Equal(2, merge.ExitCode);
        Assert.Contains($"r3.json:", merge.StandardError, StringComparison.Ordinal);
        Assert.Contains($"error {code}:", merge.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(scratch.File("all.json")));
    }

    [Fact]
    public void The_merged_report_is_never_written_over_a_report_it_merges()
    {
        using var scratch = new ScratchFolder();
        WriteShards(scratch);
        var before = File.ReadAllBytes(scratch.File("r1.json"));

        var merge = PublishProcess.Run(scratch.Path, NoEnvironment, "report", "merge", "r1.json", "r2.json", "-o", "r1.json");

        Assert.Equal(2, merge.ExitCode);
        Assert.Contains("error PUB7014", merge.StandardError, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(scratch.File("r1.json")));
    }

    /// <summary>Builds a six-article archive as two CI shards would, each with its own output folder and report.</summary>
    private static void WriteShards(ScratchFolder scratch)
    {
        var archive = Directory.CreateDirectory(scratch.File("archive")).FullName;
        foreach (var name in Names)
        {
            File.WriteAllText(Path.Combine(archive, name + ".md"), "# " + name + "\n\nText of " + name + ".\n");
        }

        var environment = new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1700000000" };
        for (var shard = 1; shard <= 2; shard++)
        {
            var run = PublishProcess.Run(scratch.Path, environment, "build", "archive", "--shard", $"{shard}/2", "--format", "pdf", "-o", $"editions-{shard}", "--report", $"r{shard}.json", "-q");
            Assert.True(run.ExitCode == 0, run.StandardError);
        }
    }
}
