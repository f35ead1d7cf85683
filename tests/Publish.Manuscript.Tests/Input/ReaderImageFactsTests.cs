using System.Text;
using Publish.Model;
using Publish.Model.Blocks;

namespace Publish.Manuscript.Tests.Input;

/// <summary>
/// Issue 15, input facts read once: the reader keeps what its check of a figure's file found — format, stored pixel
/// size, orientation — on the model (<see cref="ImageSource.Facts"/>), in both dialects, so the layout and the
/// writers need not read the header again; and it hands on the manuscript's decoded text (<see cref="Document.SourceText"/>).
/// </summary>
public sealed class ReaderImageFactsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("publish-facts-").FullName;

    /// <summary>Stored 40 × 30, each turned a quarter (orientation 6) but the GIF, which has no orientation.</summary>
    public static TheoryData<string, string> Images() => new()
    {
        { "jpg", "markdown" }, { "png", "markdown" }, { "gif", "markdown" }, { "webp", "markdown" },
        { "jpg", "legacy" }, { "png", "legacy" }, { "webp", "legacy" },
    };

    [Theory]
    [MemberData(nameof(Images))]
    public void The_reader_keeps_the_format_size_and_orientation_it_checked(string extension, string dialect)
    {
        var (bytes, format, orientation) = extension switch
        {
            "jpg" => (OrientedTestImages.Jpeg(40, 30, 6), ImageFormat.Jpeg, 6),
            "png" => (OrientedTestImages.Png(40, 30, 6), ImageFormat.Png, 6),
            "webp" => (OrientedTestImages.WebP(40, 30, 6), ImageFormat.WebP, 6),
            _ => (TestImageBytes.Gif(1), ImageFormat.Gif, 1),
        };
        var (width, height) = format == ImageFormat.Gif ? (1, 1) : (40, 30);
        File.WriteAllBytes(Path.Combine(_folder, "article." + extension), bytes);

        var figure = Assert.Single(Read(dialect).Body.OfType<FigureBlock>());

        var facts = figure.Image?.Facts;
        Assert.NotNull(facts);
        Assert.Equal(new ImageFacts(format, width, height, orientation), facts);
        var (shownWidth, shownHeight) = orientation == 6 ? (height, width) : (width, height);
        Assert.Equal((shownWidth, shownHeight), (facts.DisplayWidth, facts.DisplayHeight));
    }

    [Theory]
    [InlineData("markdown")]
    [InlineData("legacy")]
    public void A_refused_image_has_no_facts_because_it_has_no_image(string dialect)
    {
        File.WriteAllBytes(Path.Combine(_folder, "article.png"), TestImageBytes.Png(40, 30)[..^4]);

        var figure = Assert.Single(Read(dialect).Body.OfType<FigureBlock>());

        Assert.Null(figure.Image);
    }

    [Theory]
    [InlineData("markdown")]
    [InlineData("legacy")]
    public void The_reader_hands_on_the_decoded_text_without_its_byte_order_mark(string dialect)
    {
        var path = Write(dialect);
        var written = File.ReadAllText(path, new UTF8Encoding(false));

        var document = Read(dialect);

        Assert.Equal(written.TrimStart('\uFEFF'), document.SourceText);
        Assert.False(document.SourceText!.StartsWith('\uFEFF'));
        Assert.Contains("A paragraph with the word quokka.", document.SourceText, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Document Read(string dialect)
    {
        var result = ManuscriptReader.Read(Write(dialect), ReadOptions.Default);
        return result.Document ?? throw new InvalidOperationException(string.Join('\n', result.Diagnostics));
    }

    /// <summary>The manuscript, with a byte order mark, naming whichever <c>article.*</c> image the folder holds.</summary>
    private string Write(string dialect)
    {
        var image = Directory.GetFiles(_folder, "article.*").Select(Path.GetFileName).FirstOrDefault(n => n is not ("article.md" or "article.txt"));
        var (name, text) = dialect == "markdown"
            ? ("article.md", $"---\ntitle: Facts\n---\n\nA paragraph with the word quokka.\n\n![A caption]({image ?? "none.png"})\n")
            : ("article.txt", "Facts\n\nA. Author\n\nFacts\n\nA paragraph with the word quokka.\n\nPhoto: A caption\n");
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        return path;
    }
}
