using System.Text;
using Publish.Pdf.Syntax;

namespace Publish.Pdf.Tests;

/// <summary>The in-place number formatting of content streams writes exactly what <see cref="PdfFormat.Number"/> returns.</summary>
public sealed class PdfFormatTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.00004)]
    [InlineData(0.00005)]
    [InlineData(12.5)]
    [InlineData(-3.14159)]
    [InlineData(595.2756)]
    [InlineData(1e9 + 0.12345)]
    public void Appended_numbers_equal_formatted_ones(double value) =>
        Assert.Equal(PdfFormat.Number(value), PdfFormat.AppendNumber(new StringBuilder(), value).ToString());

    [Fact]
    public void Appended_numbers_equal_formatted_ones_for_random_values()
    {
        var random = new Random(20261126);
        for (var i = 0; i < 100_000; i++)
        {
            var value = (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-5, 7));
            Assert.Equal(PdfFormat.Number(value), PdfFormat.AppendNumber(new StringBuilder(), value).ToString());
        }
    }
}
