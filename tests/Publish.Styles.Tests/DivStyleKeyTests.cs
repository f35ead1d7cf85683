namespace Publish.Styles.Tests;

/// <summary><c>divs:</c> (issue 17 point 2): how the print edition sets a fenced div of each class.</summary>
public sealed class DivStyleKeyTests
{
    [Fact]
    public void Left_out_the_built_in_classes_are_known_with_their_treatments()
    {
        var result = StyleFixture.ParseSnippet("name: plain\n");

        Assert.Empty(result.Diagnostics);
        var divs = result.Style!.Divs.Classes;
        Assert.Equal(["abstract", "epigraph", "note", "warning"], divs.Keys);
        Assert.Equal(
            [DivTreatment.Abstract, DivTreatment.Epigraph, DivTreatment.Box, DivTreatment.Box],
            divs.Values.Select(d => d.Treatment));
        Assert.Equal(("Note", "Not", "Hinweis", "Note"), (divs["note"].Label!.For("en-GB"), divs["note"].Label!.For("tr"), divs["note"].Label!.For("de"), divs["note"].Label!.For("xx")));
    }

    [Fact]
    public void The_shipped_default_style_documents_the_same_classes()
    {
        var result = HouseStyleLoader.Load(StyleFixture.DefaultStylePath);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(DivStyles.Defaults(result.Style!.Text.Body.Size).Classes.Keys, result.Style.Divs.Classes.Keys);
        Assert.Equal(0.6, result.Style.Divs.Classes["epigraph"].Width);
    }

    [Fact]
    public void A_new_class_takes_its_treatment_label_and_lengths_ems_of_the_body()
    {
        var result = StyleFixture.ParseSnippet(
            "text:\n  body: {size: 10pt}\ndivs:\n  sidebar:\n    treatment: box\n    label: {en: Aside, tr: Kenar notu}\n    size: 0.8em\n    inset: 2em\n    rule: 2pt\n    rule-color: \"#336699\"\n");

        Assert.Empty(result.Diagnostics);
        var sidebar = result.Style!.Divs.For(["unknown", "sidebar"])!.Value;
        Assert.Equal("sidebar", sidebar.Class);
        Assert.Equal((DivTreatment.Box, 0.8, 16.0, 2.0, new StyleColor(0x33, 0x66, 0x99)), (sidebar.Style.Treatment, sidebar.Style.Scale, sidebar.Style.Inset, sidebar.Style.Rule, sidebar.Style.RuleColor));
        Assert.Equal(("Aside", "Kenar notu"), (sidebar.Style.Label!.For("en"), sidebar.Style.Label.For("tr-TR")));
        Assert.Contains("note", result.Style.Divs.Classes.Keys);
    }

    [Fact]
    public void A_built_in_class_keeps_the_values_the_file_leaves_out()
    {
        var result = StyleFixture.ParseSnippet("divs:\n  epigraph: {width: 45%}\n  note: {label: none}\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal((DivTreatment.Epigraph, 0.45, 0.9), (result.Style!.Divs.Classes["epigraph"].Treatment, result.Style.Divs.Classes["epigraph"].Width, result.Style.Divs.Classes["epigraph"].Scale));
        Assert.Equal(string.Empty, result.Style.Divs.Classes["note"].Label!.For("en"));
        Assert.Equal(0.5, result.Style.Divs.Classes["note"].Rule);
    }

    [Fact]
    public void A_class_unknown_to_the_style_is_set_plainly()
    {
        var result = StyleFixture.ParseSnippet("name: plain\n");

        Assert.Null(result.Style!.Divs.For(["column", "Note"]));
    }

    [Theory]
    [InlineData("divs:\n  note: {treatment: framed}\n", StyleDiagnosticCodes.InvalidChoice, 2, 21)]
    [InlineData("divs:\n  epigraph: {rule: 1pt}\n", StyleDiagnosticCodes.UnknownKey, 2, 20)]
    [InlineData("divs:\n  note: {width: 50%}\n", StyleDiagnosticCodes.UnknownKey, 2, 17)]
    [InlineData("divs:\n  epigraph: {width: 150%}\n", StyleDiagnosticCodes.ValueOutOfRange, 2, 21)]
    [InlineData("divs:\n  note: {label: {english: Note}}\n", StyleDiagnosticCodes.InvalidChoice, 2, 18)]
    [InlineData("divs:\n  note: {size: 0em}\n", StyleDiagnosticCodes.ValueOutOfRange, 2, 16)]
    [InlineData("divs:\n  note: {colour: \"#000\"}\n", StyleDiagnosticCodes.UnknownKey, 2, 10)]
    [InlineData("divs: [note]\n", StyleDiagnosticCodes.WrongType, 1, 7)]
    public void A_wrong_value_is_reported_where_it_is_written(string yaml, string code, int line, int column)
    {
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet(yaml));

        Assert.Equal((code, line, column), (error.Code, error.Span.Line, error.Span.Column));
    }
}
