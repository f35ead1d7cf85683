namespace Publish.Engine.Tests.HouseStyles;

/// <summary>
/// Issue 19: a font the style names is found beside the style, then in <c>--font-path</c> / <c>PUBLISH_FONT_PATH</c>
/// folders, then among the shipped fonts; never in the system's font folders unless a path says so.
/// </summary>
public sealed class FontPathEditionTests
{
    /// <summary>A font under a name nothing ships (a copy of a shipped face), so only the font folder can supply it.</summary>
    private const string FontName = "Elsewhere-Regular.otf";

    private const string Style = "extends: default\nfonts:\n  Elsewhere: {regular: " + FontName + "}\ntext:\n  body: {family: Elsewhere}\n";

    [Fact]
    public void A_font_found_only_through_font_path_is_embedded_and_without_the_path_it_is_a_diagnostic_at_its_line()
    {
        using var scratch = new ScratchFolder();
        var fonts = FontFolder(scratch);
        var style = scratch.Write("style/elsewhere.yaml", Style);

        var found = StyleBuild.Run(scratch, Repo.SampleManuscript, style, extra: ["--font-path", fonts]);
        var missing = StyleBuild.Run(scratch, Repo.SampleManuscript, style);

        Assert.True(found.Outcome.ExitCode == 0, found.Outcome.StandardError);
        Assert.Contains("Junicode", found.BodyFontName(), StringComparison.Ordinal);
        Assert.Equal(2, missing.Outcome.ExitCode);
        Assert.Contains(style + ":3:24: error PUB2031: fonts.Elsewhere.regular 'Elsewhere-Regular.otf' was not found", missing.Outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains("--font-path", missing.Outcome.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(missing.PdfPath));
    }

    [Fact]
    public void The_font_path_variable_lists_folders_as_path_does()
    {
        using var scratch = new ScratchFolder();
        var fonts = FontFolder(scratch);
        var style = scratch.Write("style/elsewhere.yaml", Style);
        var variable = new Dictionary<string, string> { ["PUBLISH_FONT_PATH"] = scratch.File("empty") + Path.PathSeparator + fonts };
        Directory.CreateDirectory(scratch.File("empty"));

        var found = StyleBuild.Run(scratch, Repo.SampleManuscript, style, environment: variable);

        Assert.True(found.Outcome.ExitCode == 0, found.Outcome.StandardError);
        Assert.Contains("Junicode", found.BodyFontName(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_in_a_font_folder_that_leads_outside_it_is_refused()
    {
        using var scratch = new ScratchFolder();
        var outside = FontFolder(scratch);
        var fonts = Directory.CreateDirectory(scratch.File("linked")).FullName;
        File.CreateSymbolicLink(Path.Combine(fonts, FontName), Path.Combine(outside, FontName));
        var style = scratch.Write("style/elsewhere.yaml", Style);

        var refused = StyleBuild.Run(scratch, Repo.SampleManuscript, style, extra: ["--font-path", fonts]);

        Assert.Equal(2, refused.Outcome.ExitCode);
        Assert.Contains(style + ":3:24: error PUB2040", refused.Outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains("leads outside", refused.Outcome.StandardError, StringComparison.Ordinal);
    }

    private static string FontFolder(ScratchFolder scratch)
    {
        var folder = Directory.CreateDirectory(scratch.File("fonts")).FullName;
        File.Copy(Path.Combine(Repo.Root, "styles", "fonts", "JunicodeTwoBeta-Regular.otf"), Path.Combine(folder, FontName));
        return folder;
    }
}
