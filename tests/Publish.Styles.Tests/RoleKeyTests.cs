namespace Publish.Styles.Tests;

/// <summary>
/// Issue 15: a text role takes only the keys the print layout honours for it. A key another role takes is refused at
/// its line with the reason, not a guess at a typo; the footer's own choices (placement, align) read as documented.
/// </summary>
public sealed class RoleKeyTests
{
    [Theory]
    [InlineData("text:\n  note:\n    space-after: 2pt\n", 3, 5, "text.note does not take 'space-after': notes follow one another at their leading")]
    [InlineData("text:\n  note: {family: Noto Serif, space-before: 1pt}\n", 2, 30, "text.note does not take 'space-before'")]
    [InlineData("text:\n  heading-2:\n    first-line-indent: 1em\n", 3, 5, "text.heading-2 does not take 'first-line-indent': only body paragraphs indent their first line")]
    [InlineData("text:\n  body:\n    hanging-indent: 1em\n", 3, 5, "text.body does not take 'hanging-indent': only bibliography entries hang")]
    [InlineData("text:\n  bibliography:\n    first-line-indent: 1em\n", 3, 5, "text.bibliography does not take 'first-line-indent'")]
    [InlineData("text:\n  caption:\n    align: ragged\n", 3, 5, "text.caption does not take 'align': a caption is always centred under its figure")]
    [InlineData("text:\n  code:\n    align: ragged\n", 3, 5, "text.code does not take 'align': code keeps its lines as written, flush left")]
    [InlineData("text:\n  title:\n    space-before: 2cm\n", 3, 5, "text.title does not take 'space-before': the title opens the first page")]
    public void A_key_the_layout_ignores_for_a_role_is_refused_at_its_line_with_the_reason(string yaml, int line, int column, string message)
    {
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet(yaml));

        Assert.Equal(StyleDiagnosticCodes.UnknownKey, error.Code);
        Assert.Equal((line, column), (error.Span.Line, error.Span.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Contains("keys it takes: family, face, size, leading, color", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_typo_in_a_role_still_gets_a_suggestion_among_that_roles_keys()
    {
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet("text:\n  note:\n    leadin: 11pt\n"));

        Assert.Equal(StyleDiagnosticCodes.UnknownKey, error.Code);
        Assert.Contains("did you mean 'leading'?", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("every-page", FooterPlacement.EveryPage)]
    [InlineData("first-page", FooterPlacement.FirstPage)]
    [InlineData("except-first-page", FooterPlacement.ExceptFirstPage)]
    [InlineData("last-page", FooterPlacement.LastPage)]
    [InlineData("None", FooterPlacement.None)]
    public void Footer_placement_reads_every_documented_word(string word, FooterPlacement expected)
    {
        var result = StyleFixture.ParseSnippet($"footer:\n  placement: {word}\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(expected, result.Style!.Footer.Placement);
    }

    [Theory]
    [InlineData(FooterPlacement.EveryPage, new[] { 1, 2, 3, 4 })]
    [InlineData(FooterPlacement.FirstPage, new[] { 1 })]
    [InlineData(FooterPlacement.ExceptFirstPage, new[] { 2, 3, 4 })]
    [InlineData(FooterPlacement.LastPage, new[] { 4 })]
    [InlineData(FooterPlacement.None, new int[0])]
    public void Footer_placement_names_the_pages_with_the_lines(FooterPlacement placement, int[] pages)
    {
        var footer = StyleFixture.ParseSnippet(string.Empty).Style!.Footer with { Placement = placement };

        Assert.Equal(pages, Enumerable.Range(1, 4).Where(page => footer.HasLinesOn(page, 4)));
    }

    [Theory]
    [InlineData("left", FooterAlignment.Left)]
    [InlineData("centered", FooterAlignment.Centered)]
    [InlineData("right", FooterAlignment.Right)]
    [InlineData("inside", FooterAlignment.Inside)]
    [InlineData("OUTSIDE", FooterAlignment.Outside)]
    public void Footer_align_reads_every_documented_word(string word, FooterAlignment expected)
    {
        var result = StyleFixture.ParseSnippet($"footer:\n  align: {word}\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(expected, result.Style!.Footer.Alignment);
    }

    [Fact]
    public void Footer_lines_are_centred_unless_the_style_says_otherwise()
    {
        Assert.Equal(FooterAlignment.Centered, StyleFixture.ParseSnippet(string.Empty).Style!.Footer.Alignment);
    }

    [Fact]
    public void Every_shipped_style_loads_with_the_keys_each_role_takes()
    {
        foreach (var file in new[] { "default.yaml", "a5.yaml", "bench.yaml" })
        {
            var result = HouseStyleLoader.Load(Path.Combine(StyleFixture.StylesDirectory, file));

            Assert.True(result.Succeeded, $"{file}: {string.Join("\n", result.Diagnostics)}");
        }
    }
}
