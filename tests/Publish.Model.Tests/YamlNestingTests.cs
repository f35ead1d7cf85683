using Publish.Model.Text;

namespace Publish.Model.Tests;

/// <summary>The nesting pre-scan finds hostile depth where it starts and leaves real YAML alone.</summary>
public sealed class YamlNestingTests
{
    [Fact]
    // "title:" is the first level, the first "[" (column 8) the second: the 64th "[" is one too many.
    public void Fifty_thousand_flow_brackets_are_found_at_the_first_level_too_deep() =>
        Assert.Equal((2, 8 + YamlNesting.MaxDepth - 1), YamlNesting.FirstTooDeep("a: 1\ntitle: " + new string('[', 50_000)));

    [Fact]
    public void Mixed_flow_brackets_and_braces_count_together() =>
        Assert.NotNull(YamlNesting.FirstTooDeep("k: " + string.Concat(Enumerable.Repeat("[{a: ", 40))));

    [Fact]
    public void Compact_block_entries_on_one_line_are_levels() =>
        Assert.Equal(1, YamlNesting.FirstTooDeep(string.Concat(Enumerable.Repeat("- ", 50_000)) + "x")?.Line);

    [Fact]
    // Line n is level n: the first too deep is line 65.
    public void Rising_indentation_is_levels() =>
        Assert.Equal(YamlNesting.MaxDepth + 1, YamlNesting.FirstTooDeep("root:\n" + string.Concat(Enumerable.Range(1, 500).Select(i => new string(' ', i) + "k:\n")))?.Line);

    [Fact]
    public void A_flow_collection_over_several_lines_is_followed() =>
        Assert.Equal(3, YamlNesting.FirstTooDeep("a: [\n  [\n" + new string('[', 70) + "\n")?.Line);

    [Theory]
    [InlineData("title: \"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"\n")]
    [InlineData("title: '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[''['\n")]
    [InlineData("title: A [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ plain scalar\n")]
    [InlineData("# [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\ntitle: x\n")]
    [InlineData("abstract: |\n  [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n  - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -\nnext: 1\n")]
    [InlineData("title: Report\nauthors: [A, B]\ninstitution:\n  - kind: name\n    text: \"x: [y]\"\n    url: https://example.org/a#b\nmetadata: { series: Commentary, number: \"2015/12\" }\n")]
    public void Real_yaml_and_brackets_in_text_are_not_nesting(string yaml) => Assert.Null(YamlNesting.FirstTooDeep(yaml));
}
