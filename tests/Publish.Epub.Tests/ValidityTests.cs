namespace Publish.Epub.Tests;

public sealed class ValidityTests
{
    [Theory]
    [InlineData(NotePlacement.SectionEnd)]
    [InlineData(NotePlacement.AfterParagraph)]
    public void Epubcheck_reports_no_errors_and_no_warnings(NotePlacement placement)
    {
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options(placement), TestDocuments.Pages(), folder);

        var (exitCode, report) = Epubcheck.Run(epub.Path);

        Assert.True(exitCode == 0, report);
        Assert.Contains("No errors or warnings detected", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Epubcheck_accepts_a_book_without_cover_pages_or_images()
    {
        var folder = WrittenEpub.NewFolder();
        var document = TestDocuments.Sample(folder) with { Body = [TestDocuments.Para("Only text.")], Bibliography = [], Citation = [], Institution = null, FrontMatter = [] };
        using var epub = WrittenEpub.Of(document, TestDocuments.Options() with { CoverFonts = null }, Publish.Model.Pages.PrintPageMap.Empty, folder);

        var (exitCode, report) = Epubcheck.Run(epub.Path);

        Assert.True(exitCode == 0, report);
        Assert.Contains("No errors or warnings detected", report, StringComparison.Ordinal);
    }
}
