using Publish.Imaging;
using Publish.Manuscript.Tests.Input;
using Publish.Model.Blocks;
using Publish.Model.Diagnostics;

namespace Publish.Manuscript.Tests.Markdown;

/// <summary>
/// Figure images are checked ahead on another core; every figure, wherever it stands (body, list, quote, twice
/// over), still gets its own image or none, and its own diagnostic at its own line.
/// </summary>
public sealed class FigureImageChecksTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("publish-figures-").FullName;

    [Fact]
    public void Each_figure_gets_the_answer_of_its_own_check_in_reading_order()
    {
        File.WriteAllBytes(Path.Combine(_folder, "sound.png"), TestImageBytes.Png(4, 3));
        File.WriteAllBytes(Path.Combine(_folder, "broken.jpg"), TestImageBytes.Jpeg(10, 10)[..^2]);
        var markdown = string.Join(
            "\n\n",
            "---\ntitle: Figures\n---",
            "![One](sound.png)",
            "![Broken](broken.jpg)",
            "> ![Quoted](sound.png)",
            "- ![In a list](sound.png)",
            "![Missing](missing.png)",
            "![Outside](../outside.png)",
            "![Again](sound.png)\n");

        var (document, diagnostics) = MarkdownTestFiles.ReadString(markdown, _folder);

        var figures = document!.Body.SelectMany(Figures).ToList();
        var sound = Path.Combine(_folder, "sound.png");
        Assert.Equal([sound, null, sound, sound, null, null, sound], figures.Select(figure => figure.Image?.Path));
        Assert.Equal(
            [
                (Publish.Manuscript.Input.InputDiagnosticCodes.ImageUnreadable, 7),
                (DiagnosticCodes.ImageFileMissing, 13),
                (DiagnosticCodes.ImageOutsideManuscriptFolder, 15),
            ],
            diagnostics.ToImmutableSorted().Select(d => (d.Code, d.Span.Line)).OrderBy(d => d.Line));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static IEnumerable<FigureBlock> Figures(Block block) => block switch
    {
        FigureBlock figure => [figure],
        ListBlock list => list.Items.SelectMany(item => item.Children).SelectMany(Figures),
        BlockQuoteBlock quote => quote.Children.SelectMany(Figures),
        _ => [],
    };
}
