using Publish.Styles.Reading;

namespace Publish.Styles.Tests.Reading;

/// <summary><see cref="PatternFileCheck"/>: what a style may name as hyphenation patterns, checked from the first bytes only.</summary>
public sealed class PatternFileCheckTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("publish-patterns-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Theory]
    [InlineData("UTF-8\n.ab1c\n")]
    [InlineData("utf-8\r\n.ab1c\r\n")]
    [InlineData("\uFEFFUTF-8\n.ab1c\n")]
    [InlineData("UTF-8")]
    public void A_utf8_pattern_file_passes(string text) =>
        Assert.Null(PatternFileCheck.Problem(Write("hyph.dic", System.Text.Encoding.UTF8.GetBytes(text))));

    [Theory]
    [InlineData("ISO8859-1\n.ab1c\n")]
    [InlineData("UTF-88\n")]
    [InlineData("")]
    [InlineData("root:$6$SECRET:19000\n")]
    public void Anything_else_is_refused_without_being_quoted(string text)
    {
        var problem = PatternFileCheck.Problem(Write("hyph.dic", System.Text.Encoding.UTF8.GetBytes(text)));

        Assert.Equal("it is not a hyphenation pattern file (its first line must be UTF-8)", problem);
    }

    [Fact]
    public void Devices_folders_and_oversized_files_are_refused_before_reading()
    {
        Assert.Contains("character device", PatternFileCheck.Problem("/dev/zero"), StringComparison.Ordinal);
        Assert.Contains("folder", PatternFileCheck.Problem(_folder), StringComparison.Ordinal);
        var big = Path.Combine(_folder, "big.dic");
        using (var file = File.Create(big))
        {
            file.SetLength(PatternFileCheck.MaxPatternFileBytes + 1);
        }

        Assert.Contains("may have at most 8,388,608", PatternFileCheck.Problem(big), StringComparison.Ordinal);
    }
}
