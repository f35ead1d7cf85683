using System.Text;
using Publish.Manuscript.Export;
using Publish.Model;

namespace Publish.Manuscript.Tests.Markdown;

/// <summary>Readers never throw on bad input (IManuscriptReader contract); whatever they read exports and reads back equal.</summary>
public sealed class RobustnessTests
{
    private static readonly string[] Pieces =
    [
        "---\n", "title: T\n", "a", "b c", "\n", "\n\n", "> ", "- ", "1. ", "    ", "*", "**", "_", "`", "```\n", "[^1]", "[^1]: ", "[^2]: ",
        "[x](http://e.org)", "![i](missing.png)", "<b>", "</b>", "<div>\n", "# ", "## ", "# Bibliography\n", "\\", "&amp;", "\"", "'", "--", "...",
        "http://e.org/a", "www.e.org", ":", "[", "]", "(", ")", "  \n", "\t", "ş", "İ", "~~~\n", "***\n", "<https://e.org>",
    ];

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 300)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_markdown_is_read_without_throwing_and_round_trips_when_it_has_no_errors(int seed)
    {
        var random = new Random(seed);
        // Half the cases start with a valid front matter so that most of them reach the round trip.
        var markdown = new StringBuilder(seed % 2 == 0 ? "---\ntitle: T\n---\n\n" : string.Empty);
        var count = random.Next(1, 60);
        for (var i = 0; i < count; i++)
        {
            markdown.Append(Pieces[random.Next(Pieces.Length)]);
        }

        var (document, diagnostics) = MarkdownTestFiles.ReadString(markdown.ToString());
        if (document is null || diagnostics.HasErrors)
        {
            Assert.True(seed % 2 == 1 || diagnostics.HasErrors);
            return;
        }

        var exported = new MarkdownExporter(Path.GetTempPath()).Export(document);
        var (readBack, _) = MarkdownTestFiles.ReadString(exported);
        Assert.Equal(StructuralDump.Of(document), StructuralDump.Of(readBack!));
    }
}
