namespace Publish.Engine.Tests.HouseStyles;

/// <summary>
/// Issue 19: one source for the institution lines. The manuscript's own block when it has one, else the style's
/// lines, in the PDF's footer and the EPUB's colophon alike; <c>footer.institution: house</c> makes the style's win.
/// Before, the PDF always printed the style's lines while the EPUB printed the manuscript's.
/// </summary>
public sealed class InstitutionSourceEditionTests
{
    private const string OwnBlock = "---\ntitle: Their Paper\nauthor: B. Author\nlang: en\ninstitution:\n  - {kind: address, text: \"Institute of Elsewhere, 1 Quay Street\"}\n  - {kind: web, text: \"https://elsewhere.example\", url: \"https://elsewhere.example\"}\n---\n\nA paper from another institute.\n";

    private const string NoBlock = "---\ntitle: Our Paper\nauthor: C. Author\nlang: en\n---\n\nA paper that brings no block.\n";

    private const string HouseLine = "Süleyman Nazif Sok.";

    private const string OwnLine = "Institute of Elsewhere";

    [Fact]
    public void A_manuscript_with_its_own_block_prints_it_in_both_editions()
    {
        using var scratch = new ScratchFolder();
        var build = StyleBuild.Run(scratch, scratch.Write("theirs.md", OwnBlock), Repo.DefaultStyle);

        Assert.True(build.Outcome.ExitCode == 0, build.Outcome.StandardError);
        Assert.Contains(OwnLine, build.PdfText(), StringComparison.Ordinal);
        Assert.DoesNotContain(HouseLine, build.PdfText(), StringComparison.Ordinal);
        Assert.Contains(OwnLine, build.Colophon(), StringComparison.Ordinal);
        Assert.DoesNotContain(HouseLine, build.Colophon(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_manuscript_without_a_block_gets_the_styles_lines_in_both_editions()
    {
        using var scratch = new ScratchFolder();
        var build = StyleBuild.Run(scratch, scratch.Write("ours.md", NoBlock), Repo.DefaultStyle);

        Assert.True(build.Outcome.ExitCode == 0, build.Outcome.StandardError);
        Assert.Contains(HouseLine, build.PdfText(), StringComparison.Ordinal);
        Assert.Contains(HouseLine, build.Colophon(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_house_setting_prints_the_styles_lines_over_the_manuscripts_in_both_editions()
    {
        using var scratch = new ScratchFolder();
        var style = scratch.Write("house-wins.yaml", "extends: default\nfooter:\n  institution: house\n");
        var build = StyleBuild.Run(scratch, scratch.Write("theirs.md", OwnBlock), style);

        Assert.True(build.Outcome.ExitCode == 0, build.Outcome.StandardError);
        Assert.Contains(HouseLine, build.PdfText(), StringComparison.Ordinal);
        Assert.DoesNotContain(OwnLine, build.PdfText(), StringComparison.Ordinal);
        Assert.Contains(HouseLine, build.Colophon(), StringComparison.Ordinal);
        Assert.DoesNotContain(OwnLine, build.Colophon(), StringComparison.Ordinal);
    }
}
