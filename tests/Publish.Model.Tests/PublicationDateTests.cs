using Publish.Model.Text;

namespace Publish.Model.Tests;

/// <summary>The dates metadata takes: yyyy, yyyy-MM, yyyy-MM-dd, and ISO 8601 date-times kept as their date.</summary>
public sealed class PublicationDateTests
{
    [Theory]
    [InlineData("2024", "2024")]
    [InlineData("2024-03", "2024-03")]
    [InlineData("2024-02-29", "2024-02-29")]
    [InlineData(" 2024-03-01 ", "2024-03-01")]
    [InlineData("2024-03-01T10:30:00Z", "2024-03-01")]
    [InlineData("2024-03-01T23:30:00+03:00", "2024-03-01")]
    [InlineData("2024-03-01 10:30", "2024-03-01")]
    public void Dates_are_taken(string text, string date) => Assert.Equal(date, PublicationDate.Normalize(text));

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2023-02-29")]
    [InlineData("2024-13")]
    [InlineData("01.03.2024")]
    [InlineData("0000")]
    [InlineData("24")]
    [InlineData("2024-3-1")]
    [InlineData("2024-03-01T25:00")]
    public void Anything_else_is_not_a_date(string text) => Assert.Null(PublicationDate.Normalize(text));
}
