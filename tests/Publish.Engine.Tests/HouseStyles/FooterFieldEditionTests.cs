namespace Publish.Engine.Tests.HouseStyles;

/// <summary>
/// Issue 19: the style's footer lines take fields filled in per edition; <c>{year}</c> is the build date's year
/// (SOURCE_DATE_EPOCH), so the shipped notice reads "© 2009–2027" in an edition built in 2027 and never goes stale.
/// </summary>
public sealed class FooterFieldEditionTests
{
    private const string Manuscript = "---\ntitle: A Short Paper\nauthor: Ada Lovelace\nlang: en\n---\n\nThe body of a paper that brings no institution block of its own.\n";

    [Fact]
    public void The_year_field_is_the_build_dates_year_in_both_editions()
    {
        using var scratch = new ScratchFolder();
        var manuscript = scratch.Write("paper.md", Manuscript);

        var in2027 = StyleBuild.Run(scratch, manuscript, Repo.DefaultStyle, "1800000000");
        var in2030 = StyleBuild.Run(scratch, manuscript, Repo.DefaultStyle, "1900000000");

        Assert.True(in2027.Outcome.ExitCode == 0, in2027.Outcome.StandardError);
        Assert.True(in2030.Outcome.ExitCode == 0, in2030.Outcome.StandardError);
        Assert.Contains("© 2009–2027 Center for Eurasian Studies", in2027.PdfText(), StringComparison.Ordinal);
        Assert.Contains("© 2009–2030 Center for Eurasian Studies", in2030.PdfText(), StringComparison.Ordinal);
        Assert.Contains("© 2009–2027 Center for Eurasian Studies", in2027.Colophon(), StringComparison.Ordinal);
        Assert.Contains("© 2009–2030 Center for Eurasian Studies", in2030.Colophon(), StringComparison.Ordinal);
        Assert.DoesNotContain("{year}", in2027.PdfText() + in2027.Colophon(), StringComparison.Ordinal);
    }

    [Fact]
    public void Title_and_author_fields_come_from_the_manuscript()
    {
        using var scratch = new ScratchFolder();
        var manuscript = scratch.Write("paper.md", Manuscript);
        var style = scratch.Write("fields.yaml", "extends: default\nfooter:\n  lines:\n    - \"{title} by {author}, {year}\"\n");

        var build = StyleBuild.Run(scratch, manuscript, style);

        Assert.True(build.Outcome.ExitCode == 0, build.Outcome.StandardError);
        Assert.Contains("A Short Paper by Ada Lovelace, 2027", build.PdfText(), StringComparison.Ordinal);
        Assert.Contains("A Short Paper by Ada Lovelace, 2027", build.Colophon(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_field_is_an_error_at_its_line_with_a_suggestion()
    {
        using var scratch = new ScratchFolder();
        var manuscript = scratch.Write("paper.md", Manuscript);
        var style = scratch.Write("typo.yaml", "extends: default\nfooter:\n  lines:\n    - \"© 2009–{yaer} Someone\"\n");

        var build = StyleBuild.Run(scratch, manuscript, style);

        Assert.Equal(2, build.Outcome.ExitCode);
        Assert.Contains(style + ":4:7: error PUB2073: footer line '© 2009–{yaer} Someone' has an unknown field {yaer}; did you mean {year}?", build.Outcome.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(build.PdfPath));
    }
}
