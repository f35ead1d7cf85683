namespace Publish.Model.Tests;

/// <summary>The editors' line of a book's title page: one wording for the PDF and the EPUB, in the book's language.</summary>
public sealed class EditorsLineTests
{
    [Theory]
    [InlineData("en", new[] { "A. Editor" }, "Edited by A. Editor")]
    [InlineData("en", new[] { "A", "B" }, "Edited by A and B")]
    [InlineData("en-GB", new[] { "A", " ", "B", "C " }, "Edited by A, B and C")]
    [InlineData("tr", new[] { "Elif Demirtaş" }, "Editör: Elif Demirtaş")]
    [InlineData("tr-TR", new[] { "Elif Demirtaş", "Thomas Hale" }, "Editörler: Elif Demirtaş ve Thomas Hale")]
    [InlineData("de", new[] { "A", "B" }, "Herausgegeben von A und B")]
    [InlineData("fr", new[] { "A", "B" }, "Sous la direction de A et B")]
    [InlineData("en", new[] { "", "  " }, "")]
    public void Names_the_editors_in_the_books_language(string language, string[] editors, string expected) =>
        Assert.Equal(expected, EditionLabels.ForLanguage(language).EditorsLine(editors));
}
