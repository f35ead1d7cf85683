using Publish.Model.Text;

namespace Publish.Model.Tests;

public sealed class RomanNumeralsTests
{
    [Theory]
    [InlineData(1, "i")]
    [InlineData(4, "iv")]
    [InlineData(14, "xiv")]
    [InlineData(49, "xlix")]
    [InlineData(1990, "mcmxc")]
    [InlineData(3999, "mmmcmxcix")]
    [InlineData(0, "0")]
    [InlineData(-3, "-3")]
    [InlineData(4000, "4000")]
    public void Lower_case_numerals_from_1_to_3999_and_digits_beyond(int number, string expected) =>
        Assert.Equal(expected, RomanNumerals.Lower(number));
}
