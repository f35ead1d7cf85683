namespace Publish.Styles.Tests;

/// <summary><c>notes:</c> and <c>figures:</c> (issue 18 points 1 and 5): where a note's number stands, the mark of a figure whose photo is missing.</summary>
public sealed class NoteAndFigureStyleKeyTests
{
    [Fact]
    public void Left_out_notes_hang_their_numbers_and_a_missing_photo_is_marked_by_the_label()
    {
        var result = StyleFixture.ParseSnippet("name: plain\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(NoteNumberPlacement.Hanging, result.Style!.Notes.Number);
        Assert.Equal(new FigureStyle { MissingMark = MissingFigureMark.Label }, result.Style.Figures);
    }

    [Theory]
    [InlineData("notes:\n  number: inline\n", NoteNumberPlacement.Inline)]
    [InlineData("notes:\n  number: Hanging\n", NoteNumberPlacement.Hanging)]
    public void The_note_number_is_one_of_two_words(string yaml, NoteNumberPlacement expected)
    {
        var result = StyleFixture.ParseSnippet(yaml);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(expected, result.Style!.Notes.Number);
    }

    [Theory]
    [InlineData("label", MissingFigureMark.Label, null)]
    [InlineData("none", MissingFigureMark.None, null)]
    [InlineData("\"[Image]\"", MissingFigureMark.Text, "[Image]")]
    [InlineData("\"▢\"", MissingFigureMark.Text, "▢")]
    public void The_missing_mark_is_the_label_none_or_the_styles_own_text(string value, MissingFigureMark mark, string? text)
    {
        var result = StyleFixture.ParseSnippet("figures:\n  missing-mark: " + value + "\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(new FigureStyle { MissingMark = mark, MissingText = text }, result.Style!.Figures);
    }

    [Theory]
    [InlineData("notes:\n  number: margin\n", StyleDiagnosticCodes.InvalidChoice, 2, 11)]
    [InlineData("notes:\n  numbers: inline\n", StyleDiagnosticCodes.UnknownKey, 2, 3)]
    [InlineData("figures:\n  missing: none\n", StyleDiagnosticCodes.UnknownKey, 2, 3)]
    public void A_wrong_value_is_reported_where_it_is_written(string yaml, string code, int line, int column)
    {
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet(yaml));

        Assert.Equal((code, line, column), (error.Code, error.Span.Line, error.Span.Column));
    }
}
