using Publish.Model.Text;

namespace Publish.Model.Tests;

/// <summary>The "did you mean" of mistyped options and keys.</summary>
public sealed class NearestNameTests
{
    private static readonly string[] Options = ["--format", "--force", "--output", "--style", "--strict", "--time-limit"];

    [Theory]
    [InlineData("--fromat", "--format")]
    [InlineData("--outptu", "--output")]
    [InlineData("--stlye", "--style")]
    [InlineData("--time-limt", "--time-limit")]
    [InlineData("--FORMAT", "--format")]
    [InlineData("--verbose", null)]
    [InlineData("-x", null)]
    public void The_nearest_name_within_a_typo_is_suggested(string typed, string? suggestion) =>
        Assert.Equal(suggestion, NearestName.Find(typed, Options));

    [Fact]
    public void A_swap_of_neighbours_is_one_edit() => Assert.Equal(1, NearestName.Distance("outptu", "output"));
}
