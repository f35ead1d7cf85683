using System.Collections.Immutable;
using System.Text;
using Publish.Manuscript.Export;
using Publish.Manuscript.Tests.Markdown;
using Publish.Manuscript.Typography;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Inlines;

namespace Publish.Manuscript.Tests.Export;

/// <summary>Text full of Markdown-significant characters is exported so that it reads back literally.</summary>
public sealed class EscapingTests
{
    private const string Alphabet = "ab1 *_[]<>\\`#&\"'-.:!()^~|=+%";
    private static readonly string[] Words = ["http", "https", "www", "mailto", "1.", "- ", "# ", "> ", "[^1]", "&amp;", "...", "--", "<<", ">>", "<b>", "``"];

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 200)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_text_reads_back_literally(int seed)
    {
        var text = RandomText(new Random(seed));
        var document = new Document
        {
            SourcePath = "x.md",
            Dialect = ManuscriptDialect.Markdown,
            // Front matter is plain text that the reader gives typographic punctuation (as Markdig gives the body),
            // so a title holds only what a reader can produce: the body's escapes have no front matter equivalent.
            Metadata = new Metadata { Title = SmartPunctuation.Apply("Title " + text, "en") },
            Body = [new ParagraphBlock([new TextInline(text, SourceSpan.None)], SourceSpan.None), new ParagraphBlock([new StrongInline([new TextInline(text, SourceSpan.None)], SourceSpan.None)], SourceSpan.None)],
            Bibliography = [new BibliographyEntry([new TextInline(text, SourceSpan.None)], SourceSpan.None)],
        };

        var markdown = new MarkdownExporter(Path.GetTempPath()).Export(document);
        var (readBack, diagnostics) = MarkdownTestFiles.ReadString(markdown);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToImmutableSorted()) + "\n" + markdown);
        Assert.Equal(StructuralDump.Of(document), StructuralDump.Of(readBack!));
    }

    [Theory]
    [InlineData("1984. A year", "1984\\. A year")]
    [InlineData("- not a list", "\\- not a list")]
    [InlineData("# not a heading", "\\# not a heading")]
    [InlineData("a--b...c", "a\\-\\-b\\.\\.\\.c")]
    [InlineData("see http://x.org", "see http\\://x.org")]
    [InlineData("plain words stay plain", "plain words stay plain")]
    public void Significant_characters_are_escaped_and_plain_text_is_not(string text, string expectedLine)
    {
        var document = new Document
        {
            SourcePath = "x.md",
            Dialect = ManuscriptDialect.Markdown,
            Metadata = new Metadata { Title = "T" },
            Body = [new ParagraphBlock([new TextInline(text, SourceSpan.None)], SourceSpan.None)],
        };

        var markdown = new MarkdownExporter(Path.GetTempPath()).Export(document);

        Assert.Contains("\n" + expectedLine + "\n", markdown, StringComparison.Ordinal);
    }

    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        var length = random.Next(1, 40);
        for (var i = 0; i < length; i++)
        {
            if (random.Next(4) == 0)
            {
                text.Append(Words[random.Next(Words.Length)]);
            }
            else
            {
                text.Append(Alphabet[random.Next(Alphabet.Length)]);
            }
        }

        // Markdown trims a paragraph's outer white space; a reader never produces it either.
        var trimmed = text.ToString().Trim();
        return trimmed.Length == 0 ? "x" : trimmed;
    }
}
