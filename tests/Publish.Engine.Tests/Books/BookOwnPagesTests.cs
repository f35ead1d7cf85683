using UglyToad.PdfPig;

namespace Publish.Engine.Tests.Books;

/// <summary>
/// The pages the book adds around its articles, read back from the PDF: a part's title page sets its title as large as
/// the book's own title (not as a body-size heading alone on a page), and the title page names the editors in one line
/// the EPUB shares.
/// </summary>
public sealed class BookOwnPagesTests
{
    private static PrintBookEdition Book => PrintBookEdition.Instance;

    [Fact]
    public void A_parts_title_page_sets_its_title_in_the_title_size_alone_on_the_page()
    {
        using var pdf = PdfDocument.Open(Book.Pdf);
        var part = Assert.Single(pdf.GetPages(), p => p.Text.Contains(PrintBookEdition.PartTitle, StringComparison.Ordinal) && p.GetWords().Count() <= 3);

        Assert.Equal(PrintBookEdition.PartTitle, string.Join(' ', part.GetWords().Select(w => w.Text)));
        Assert.All(part.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)), l => Assert.Equal(Book.Style.Text.Title.Size, l.PointSize, 1));
        Assert.True(Book.Style.Text.Title.Size > Book.Style.Text.Heading1.Size, "the title style is larger than a first-level heading");
    }

    [Fact]
    public void The_title_page_names_the_editors_joined_as_a_sentence()
    {
        using var pdf = PdfDocument.Open(Book.Pdf);

        Assert.Contains(pdf.GetPages(), p => string.Join(' ', p.GetWords().Select(w => w.Text)).Contains("Edited by Deniz Aksoy and Mara Lind", StringComparison.Ordinal));
    }
}
