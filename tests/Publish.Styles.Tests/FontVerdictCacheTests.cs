using Publish.Model.Input;
using Publish.Styles.Fonts;

namespace Publish.Styles.Tests;

/// <summary>A font's verdict is remembered for the bytes it was given on, and a font file replaced is judged afresh.</summary>
public sealed class FontVerdictCacheTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("publish-verdicts-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_settled_font_is_judged_once_on_the_bytes_the_build_shares()
    {
        var path = FontBytes.ShippedPath("NotoSerif-Regular.ttf");

        var verdict = FontVerdictCache.Check(path);

        Assert.True(verdict.IsUsable, verdict.Reason);
        Assert.Same(verdict, FontVerdictCache.Check(path));
        using var handle = InputFile.OpenRegularWithVersion(path, long.MaxValue, "font file", out var version);
        Assert.NotNull(SharedInputFiles.Held(path, version));
    }

    [Fact]
    public void A_font_file_replaced_by_a_damaged_one_is_judged_again()
    {
        var path = Path.Combine(_folder, "Face.ttf");
        var font = FontBytes.NotoSerif();
        File.WriteAllBytes(path, font);
        Assert.True(FontVerdictCache.Check(path).IsUsable);

        File.WriteAllBytes(path, font.AsSpan(0, font.Length / 2).ToArray());
        Assert.Equal(FontFileProblem.Damaged, FontVerdictCache.Check(path).Problem);

        File.Delete(path);
        Assert.Equal(FontFileProblem.Damaged, FontVerdictCache.Check(path).Problem);
    }
}
