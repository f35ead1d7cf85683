namespace Publish.Engine.Tests.HouseStyles;

/// <summary>
/// Issue 19: a style that <c>extends:</c> the shipped default with a few lines builds the sample with the shipped
/// fonts (before, a style outside <c>styles/</c> failed unless every font file sat beside it), and its keys win.
/// </summary>
public sealed class StyleExtensionEditionTests
{
    [Fact]
    public void A_three_line_style_extending_the_default_sets_the_sample_body_at_its_own_size()
    {
        using var scratch = new ScratchFolder();
        var style = scratch.Write("mine/bigger.yaml", "extends: default\ntext:\n  body: {size: 13pt}\n");

        var house = StyleBuild.Run(scratch, Repo.SampleManuscript, Repo.DefaultStyle);
        var bigger = StyleBuild.Run(scratch, Repo.SampleManuscript, style);

        Assert.Equal(0, house.Outcome.ExitCode);
        Assert.True(bigger.Outcome.ExitCode == 0, bigger.Outcome.StandardError);
        Assert.Equal(11, house.BodySize(), 1);
        Assert.Equal(13, bigger.BodySize(), 1);

        // Everything else is the default's: the same body face and the house lines in the EPUB's colophon.
        Assert.Equal(StripSubset(house.BodyFontName()), StripSubset(bigger.BodyFontName()));
    }

    [Fact]
    public void A_style_extending_a_file_keeps_the_base_fonts_relative_to_the_base_and_reports_the_base_error_in_the_base()
    {
        using var scratch = new ScratchFolder();
        scratch.Write("house/house.yaml", "extends: default\npage:\n  size: A9\n");
        var style = scratch.Write("project/article.yaml", "extends: ../house/house.yaml\ntext:\n  body: {size: 12pt}\n");

        var build = StyleBuild.Run(scratch, Repo.SampleManuscript, style);

        Assert.Equal(2, build.Outcome.ExitCode);
        Assert.Contains(Path.Combine(scratch.Path, "house", "house.yaml") + ":3:9: error PUB2021", build.Outcome.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(build.PdfPath));
    }

    [Fact]
    public void An_unknown_shipped_style_and_a_cycle_are_errors_at_the_extends_line()
    {
        using var scratch = new ScratchFolder();
        var misspelt = scratch.Write("misspelt.yaml", "name: mine\nextends: defualt\n");
        scratch.Write("a.yaml", "extends: b.yaml\n");
        var b = scratch.Write("b.yaml", "text:\n  body: {size: 12pt}\nextends: ./a.yaml\n");

        var unknown = StyleBuild.Run(scratch, Repo.SampleManuscript, misspelt);
        var cycle = StyleBuild.Run(scratch, Repo.SampleManuscript, b);

        Assert.Equal(2, unknown.Outcome.ExitCode);
        Assert.Contains(misspelt + ":2:10: error PUB2071: extends: 'defualt' is not a shipped style; did you mean 'default'?", unknown.Outcome.StandardError, StringComparison.Ordinal);
        Assert.Equal(2, cycle.Outcome.ExitCode);
        Assert.Contains(scratch.File("a.yaml") + ":1:10: error PUB2070", cycle.Outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains("(b.yaml → a.yaml → b.yaml)", cycle.Outcome.StandardError, StringComparison.Ordinal);
    }

    private static string StripSubset(string fontName) => fontName.Contains('+', StringComparison.Ordinal) ? fontName[(fontName.IndexOf('+', StringComparison.Ordinal) + 1)..] : fontName;
}
