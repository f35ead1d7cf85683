using Publish.Engine.Sharding;

namespace Publish.Engine.Tests;

public sealed class ShardSpecTests
{
    private static readonly string[] Names = [.. Enumerable.Range(0, 500).Select(i => $"/archive/{i % 7}/article-{i:D3}.md")];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(8)]
    public void Every_manuscript_is_in_exactly_one_shard(int count)
    {
        var shards = Enumerable.Range(1, count).Select(i => new ShardSpec(i, count)).ToList();

        Assert.All(Names, name => Assert.Single(shards, s => s.Contains(name)));
        if (count > 1)
        {
            // A share is a real share: no shard is empty or takes (nearly) everything.
            Assert.All(shards, s => Assert.InRange(Names.Count(s.Contains), Names.Length / count / 2, Names.Length * 2 / count));
        }
    }

    [Fact]
    public void The_share_depends_on_the_edition_name_only_not_the_folder()
    {
        Assert.Equal(ShardSpec.ShardOf("/a/b/article-007.md", 4), ShardSpec.ShardOf("C:/elsewhere/article-007.txt", 4));
        Assert.Equal(ShardSpec.ShardOf("article-007.md", 4), ShardSpec.ShardOf("ARTICLE-007.md", 4));
    }

    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("3/4", 3, 4)]
    public void Parses_valid_shares(string text, int index, int count) =>
        Assert.Equal(new ShardSpec(index, count), ShardSpec.Parse(text, out _));

    [Theory]
    [InlineData("0/4")]
    [InlineData("5/4")]
    [InlineData("1/0")]
    [InlineData("-1/2")]
    [InlineData("1")]
    [InlineData("a/b")]
    public void Refuses_invalid_shares(string text)
    {
        Assert.Null(ShardSpec.Parse(text, out var error));
        Assert.Contains(text, error, StringComparison.Ordinal);
    }
}
