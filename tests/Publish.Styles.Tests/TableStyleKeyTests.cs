namespace Publish.Styles.Tests;

/// <summary><c>tables:</c> (issue 17 point 1): the cell size, how far a wide table may shrink, what a wide table does, rules.</summary>
public sealed class TableStyleKeyTests
{
    [Fact]
    public void Left_out_tables_are_a_step_smaller_than_the_body_shrink_when_wide_and_have_rules()
    {
        var result = StyleFixture.ParseSnippet("name: plain\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(new TableStyle { SizeRatio = 0.9, MinimumSizeRatio = 0.7, Wide = TableWideMode.Shrink, Rules = true }, result.Style!.Tables);
    }

    [Fact]
    public void Sizes_are_ems_or_points_of_the_body_text()
    {
        var result = StyleFixture.ParseSnippet("text:\n  body:\n    size: 10pt\ntables:\n  size: 0.8em\n  min-size: 6pt\n  wide: none\n  rules: false\n");

        Assert.Empty(result.Diagnostics);
        var tables = result.Style!.Tables;
        Assert.Equal((0.8, 0.6, TableWideMode.None, false), (tables.SizeRatio, tables.MinimumSizeRatio, tables.Wide, tables.Rules), new RatioComparer());
    }

    [Theory]
    [InlineData("tables:\n  wide: rotate\n", StyleDiagnosticCodes.InvalidChoice, 2, 9)]
    [InlineData("tables:\n  wide: sideways\n", StyleDiagnosticCodes.InvalidChoice, 2, 9)]
    [InlineData("tables:\n  size: 5em\n", StyleDiagnosticCodes.ValueOutOfRange, 2, 9)]
    [InlineData("tables:\n  size: 0.8em\n  min-size: 0.9em\n", StyleDiagnosticCodes.ValueOutOfRange, 3, 13)]
    [InlineData("tables:\n  rule: true\n", StyleDiagnosticCodes.UnknownKey, 2, 3)]
    public void A_wrong_value_is_reported_where_it_is_written(string yaml, string code, int line, int column)
    {
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet(yaml));

        Assert.Equal((code, line, column), (error.Code, error.Span.Line, error.Span.Column));
    }

    private sealed class RatioComparer : IEqualityComparer<(double, double, TableWideMode, bool)>
    {
        public bool Equals((double, double, TableWideMode, bool) x, (double, double, TableWideMode, bool) y) =>
            Math.Abs(x.Item1 - y.Item1) < 1e-9 && Math.Abs(x.Item2 - y.Item2) < 1e-9 && x.Item3 == y.Item3 && x.Item4 == y.Item4;

        public int GetHashCode((double, double, TableWideMode, bool) obj) => obj.Item3.GetHashCode();
    }
}
