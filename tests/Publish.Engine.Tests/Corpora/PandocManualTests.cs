using System.Text.RegularExpressions;

namespace Publish.Engine.Tests.Corpora;

/// <summary>
/// Issue 17's test on other people's Markdown: Pandoc's user guide (8,169 lines: tables, definition lists, fenced divs,
/// attributes, inline notes, code) builds without an error; its tables and definition lists are tables and definition
/// lists in the EPUB, as many as Pandoc makes of it; neither edition shows <c>{.</c>, <c>:::</c> or <c>^[</c> outside
/// code (the guide's code samples show them on purpose); and fewer than 10 of its words (<see cref="WordTokens"/>)
/// are missing from the EPUB against Pandoc's plain-text rendering.
/// </summary>
public sealed partial class PandocManualTests : IClassFixture<PandocManualBuild>
{
    /// <summary>
    /// Issue 17 asks for fewer than 10; none is missing. The 10 once missing were all ordered-list numbers ("1." of the
    /// lists under <c>--lua-filter</c> and "Security"), which Pandoc's plain text writes and the EPUB shows through its
    /// <c>ol</c> markers, now read as text by <see cref="EpubText"/> (the guide's example lists, <c>(@)</c>, are all
    /// inside code samples). Never raise it.
    /// </summary>
    private const int MissingWordsAllowed = 1;

    /// <summary>
    /// Definition lists Pandoc makes that the reader does not: none. The one nested in the definition of
    /// <c>--reference-doc</c> (terms Docx, ODT, PowerPoint) is read since the reader's definition list parser
    /// (<c>TableAwareDefinitionListParser</c>) opens lists inside a definition. Never raise it.
    /// </summary>
    private const int DefinitionListsNotRead = 0;

    private readonly PandocManualBuild _build;

    public PandocManualTests(PandocManualBuild build) => _build = build;

    [CorpusFact(CorpusFiles.PandocManual)]
    public void The_guide_builds_both_editions_without_an_error()
    {
        var built = _build.Result;
        var errors = ErrorLine().Matches(built.Outcome.StandardError).Select(m => m.Value).ToList();
        Assert.True(built.Outcome.ExitCode == 0 && errors.Count == 0, $"exit {built.Outcome.ExitCode}\n{string.Join("\n", errors)}\n{built.Outcome.StandardError}");
        Assert.True(File.Exists(built.PdfPath) && File.Exists(built.EpubPath));
    }

    [CorpusFact(CorpusFiles.PandocManual, "pandoc")]
    public void Its_tables_and_definition_lists_are_as_many_tables_and_definition_lists_in_the_epub_as_pandoc_makes()
    {
        var built = _build.Result;
        built.AssertEditionsWritten();
        var epub = EpubText.Read(built.EpubPath);
        var expectedTables = PandocManualBuild.Count(built.PandocHtml!, "table");
        var expectedLists = PandocManualBuild.Count(built.PandocHtml!, "dl");
        Assert.True(expectedTables > 5 && expectedLists > 20, $"Pandoc's HTML has {expectedTables} tables and {expectedLists} definition lists: not the guide?");
        Assert.Equal((expectedTables, expectedLists - DefinitionListsNotRead), (epub.Count("table"), epub.Count("dl")));
    }

    [CorpusFact(CorpusFiles.PandocManual)]
    public void Neither_edition_shows_attribute_div_or_inline_note_syntax_outside_code()
    {
        var built = _build.Result;
        built.AssertEditionsWritten();
        var inEpub = LiteralSyntax.Find(EpubText.Read(built.EpubPath).OutsideCode);
        var inPdf = LiteralSyntax.Find(PdfProseText.Read(built.PdfPath));
        Assert.True(inEpub.Count == 0 && inPdf.Count == 0, $"EPUB ({inEpub.Count}):\n{string.Join("\n", inEpub.Take(30))}\nPDF ({inPdf.Count}):\n{string.Join("\n", inPdf.Take(30))}");
    }

    [CorpusFact(CorpusFiles.PandocManual, "pandoc")]
    public void Fewer_than_ten_words_are_missing_from_the_epub_against_pandoc_plain_text()
    {
        var built = _build.Result;
        built.AssertEditionsWritten();
        var missing = WordTokens.Missing(built.PandocPlain!, EpubText.Read(built.EpubPath).All);
        var total = missing.Sum(m => m.Missing);
        var expected = WordTokens.Of(built.PandocPlain!).Count;
        Assert.True(expected > 30_000, $"Pandoc's plain text has {expected} words: not the guide?");
        Assert.True(total < MissingWordsAllowed, $"{total} of {expected} words missing: {string.Join(", ", missing.Take(60).Select(m => m.Missing == 1 ? m.Word : $"{m.Word} ×{m.Missing}"))}");
    }

    [GeneratedRegex(@"^.*: error PUB\d{4}: .*$", RegexOptions.Multiline)]
    private static partial Regex ErrorLine();
}
