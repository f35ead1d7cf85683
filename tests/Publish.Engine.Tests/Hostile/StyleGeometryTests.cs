using System.Globalization;
using Publish.Styles;

using static Publish.Engine.Tests.Hostile.HostileStyle;

namespace Publish.Engine.Tests.Hostile;

/// <summary>
/// Issue 14 item 6: impossible style geometry is a coded style error at the key that asks for it, not an internal
/// error (a note taller than the page used to end in exit 3: "Link to destination 'fn1', which no page defines").
/// Through the real CLI with a <c>--style</c> file written by the test.
/// </summary>
public sealed class StyleGeometryTests
{
    /// <summary>Seven lines declaring every family the defaults use; the case's YAML starts on line 8.</summary>
    private static string StyleText(string extra) => HostileStyle.StyleText(ShippedSerif, extra);

    private const string Manuscript = "---\ntitle: Geometry\nlang: en\n---\n\nA line that calls a note.[^1] More text.\n\n[^1]: The note.\n";

    public static TheoryData<string, string, int, int> Impossible() => new()
    {
        { "first-line indent wider than the measure (its first word was set off the page)", "text:\n  body: {first-line-indent: 1000pt}\n", 9, 29 },
        { "hanging indent wider than the measure", "text:\n  bibliography: {hanging-indent: 500pt}\n", 9, 34 },
        { "note taller than the page", "text:\n  note: {leading: 2000pt}\n", 9, 19 },
        { "note size taller than the page (em leading)", "text:\n  note: {size: 900pt, leading: 1.2em}\n", 9, 32 },
        { "body line taller than the page", "text:\n  body: {leading: 800pt}\n", 9, 19 },
        { "heading taller than the page", "text:\n  heading-2: {leading: 900pt}\n", 9, 24 },
        { "a note cannot share a page with its line", "page:\n  size: {width: 4in, height: 3in}\n  margins: 0.5in\ntext:\n  note: {leading: 130pt}\n", 12, 19 },
        { "footer squeezes the text area", "footer: {leading: 760pt}\n", 8, 19 },
    };

    [Theory]
    [MemberData(nameof(Impossible))]
    public void Impossible_geometry_is_a_style_error_at_its_key(string name, string yaml, int line, int column)
    {
        _ = name;
        using var build = new HostileBuild();
        var style = build.Scratch.Write(Path.Combine("house", "style.yaml"), StyleText(yaml));
        build.Write("a.md", Manuscript);

        var outcome = build.Build(build.BookFolder, "--style", style);

        var lines = HostileBuild.Lines(outcome, style, "error", StyleDiagnosticCodes.TextDoesNotFitPage);
        Assert.True(lines.Count > 0, $"no 'error {StyleDiagnosticCodes.TextDoesNotFitPage}' line for the style; exit {outcome.ExitCode}\n{outcome.StandardError}");
        Assert.Contains(lines, m => (int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["column"].Value, CultureInfo.InvariantCulture)) == (line, column));
        // A style error is a usage error: 1 today, 2 once issue 14 item 1 lands; never the internal error's 3.
        Assert.True(outcome.ExitCode is 1 or 2, $"exit code {outcome.ExitCode}\n{outcome.StandardError}");
        Assert.Empty(build.Outputs());
    }

    /// <summary>A bleed that makes the sheet longer than PDF's 200 in was written as an out-of-limits MediaBox.</summary>
    [Fact]
    public void A_bleed_beyond_the_pdf_page_limit_is_a_style_error_at_its_key()
    {
        using var build = new HostileBuild();
        var style = build.Scratch.Write(Path.Combine("house", "style.yaml"), StyleText("page:\n  bleed: 5000mm\n"));
        build.Write("a.md", Manuscript);

        var outcome = build.Build(build.BookFolder, "--style", style, "--pdf-profile", "press");

        var lines = HostileBuild.Lines(outcome, style, "error", StyleDiagnosticCodes.ValueOutOfRange);
        Assert.Contains(lines, m => (m.Groups["line"].Value, m.Groups["column"].Value) == ("9", "10"));
        Assert.True(outcome.ExitCode is 1 or 2, $"exit code {outcome.ExitCode}\n{outcome.StandardError}");
        Assert.Empty(build.Outputs());
    }

    /// <summary>Tall but possible: lines that fit are set, notes and all, as before.</summary>
    [Fact]
    public void Tall_lines_that_fit_the_page_are_still_set()
    {
        using var build = new HostileBuild();
        var style = build.Scratch.Write(Path.Combine("house", "style.yaml"), StyleText("text:\n  note: {leading: 600pt}\n  title: {leading: 700pt}\nfooter: {leading: 100pt}\n"));
        var path = build.Write("a.md", Manuscript);

        var outcome = build.Build(build.BookFolder, "--style", style);

        Assert.True(outcome.ExitCode == 0, $"exit code {outcome.ExitCode}\n{outcome.StandardError}");
        HostileAssert.BuiltCompletely(build, path);
    }

    /// <summary>
    /// The footer's institution lines can squeeze the text area below a line with its note even when each line
    /// of the style fits: the manuscript fails with a coded error (it ended in exit 3 before).
    /// </summary>
    [Fact]
    public void A_footer_whose_lines_leave_no_room_for_a_note_fails_the_manuscript_with_a_code()
    {
        using var build = new HostileBuild();
        var style = build.Scratch.Write(Path.Combine("house", "style.yaml"), StyleText(
            "footer:\n  leading: 300pt\n  lines:\n    - \"First line of the institution\"\n    - \"Second line of the institution that is long enough to stand alone on its own line\"\n" +
            "    - \"Third line of the institution that is long enough to stand alone on its own line\"\n    - \"Fourth line of the institution that is long enough to stand alone on its own line\"\n"));
        var path = build.Write("a.md", Manuscript);

        var outcome = build.Build(build.BookFolder, "--style", style);

        Assert.True(outcome.ExitCode == 1, $"exit code {outcome.ExitCode}\n{outcome.StandardError}");
        Assert.Contains($"{path}: error PUB", outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains("leaves a text area of", outcome.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", outcome.StandardError, StringComparison.Ordinal);
    }
}
