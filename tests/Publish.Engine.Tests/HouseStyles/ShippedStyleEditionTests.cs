namespace Publish.Engine.Tests.HouseStyles;

/// <summary>Issue 19: every shipped style builds the sample and every test manuscript without an error.</summary>
public sealed class ShippedStyleEditionTests
{
    [Theory]
    [InlineData("book")]
    [InlineData("report")]
    [InlineData("large-print")]
    public void A_shipped_style_builds_every_manuscript(string name)
    {
        using var scratch = new ScratchFolder();
        var manuscripts = Repo.AllManuscripts().ToList();
        var output = scratch.File("out");
        string[] arguments = ["build", .. manuscripts, "-o", output, "--style", Path.Combine(Repo.Root, "styles", name + ".yaml"), "-q", "--force"];

        var outcome = PublishProcess.Run(scratch.Path, new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = StyleBuild.DefaultEpoch }, arguments);

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        Assert.DoesNotContain(": error ", outcome.StandardError, StringComparison.Ordinal);
        foreach (var manuscript in manuscripts)
        {
            var stem = Path.GetFileNameWithoutExtension(manuscript);
            Assert.True(File.Exists(Path.Combine(output, stem + ".pdf")), stem + ".pdf");
            Assert.True(File.Exists(Path.Combine(output, stem + ".epub")), stem + ".epub");
        }
    }
}
