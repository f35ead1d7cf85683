using CsCheck;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;
using Publish.Styles;
using Xunit.Abstractions;

namespace Publish.Engine.Tests.Properties;

/// <summary>
/// Issue 7's writer-side properties (CsCheck, shrinking to a smallest failing manuscript), over generated
/// manuscripts in both dialects built by the library (<c>Publisher.Create(style).Build(request)</c>):
/// every XHTML document of the EPUB parses as XML; the words the generator wrote (see <see cref="WordList"/> and
/// <see cref="GeneratedBook.BodyWords"/>: the generator is the oracle, not the reader) equal the words of the
/// model, of the EPUB's body matter and of the PDF's text flow (after the title block, hyphenation undone, footer
/// left out), and each note's words equal its words in the model and both editions; every note reference gives exactly one
/// marker in each edition, with the note's number (in the EPUB linked to its footnote in the same document), and
/// every note exactly one footnote; each build finishes within its budget.
/// </summary>
public sealed class EditionPropertyTests
{
    /// <summary>Generous: these books have a few pages and build in about half a second on the shared 2-core machine.</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);

    private static readonly Lazy<HouseStyle> Style = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        return StyleResolver.Load(Repo.DefaultStyle, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.ToImmutableSorted()));
    });

    /// <summary>Samples per test and dialect: the same ones every run (CI's baseline), then new ones each run (logged).</summary>
    private const int FixedSamples = 20;

    private const int RotatingSamples = 10;

    private readonly ITestOutputHelper _output;

    public EditionPropertyTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Markdown_manuscripts_keep_words_and_notes_in_both_editions()
    {
        var seen = EditionCoverage.None;
        PropertyRuns.Check(GeneratedBooks.Books, book => seen += Check(book, book.ToMarkdown(), ".md"), b => b.ToMarkdown(), FixedSamples, RotatingSamples, _output);
        AssertReached(seen);
    }

    [Fact]
    public void Legacy_manuscripts_keep_words_and_notes_in_both_editions()
    {
        var seen = EditionCoverage.None;
        PropertyRuns.Check(GeneratedBooks.Books, book => seen += Check(book, book.ToLegacy(), ".txt"), b => b.ToLegacy(), FixedSamples, RotatingSamples, _output);
        AssertReached(seen);
    }

    /// <summary>
    /// Seeds that once failed, each a sample of the generator it was found with (<see cref="GeneratedBooks.FirstBooks"/>):
    /// both set a line holding one word fragment ("incomp- / rehen- / sibilities"), which the PDF's words showed
    /// as three words (issue 23).
    /// </summary>
    [Theory]
    [InlineData("byr8KKrD6Kk1", ".md")]
    [InlineData("eQPbJrk0FnE2", ".txt")]
    public void Seeds_that_once_failed_pass(string seed, string extension)
    {
        GeneratedBooks.FirstBooks.Sample(
            book => Check(book, extension == ".md" ? book.ToMarkdown() : book.ToLegacy(), extension),
            seed: seed, iter: 1, threads: 1, print: b => extension == ".md" ? b.ToMarkdown() : b.ToLegacy());
    }

    /// <summary>The samples met hyphenated line ends, ligatures, books of more than one page, notes referenced twice and notes continued over a page.</summary>
    private void AssertReached(EditionCoverage seen)
    {
        _output.WriteLine(seen.ToString());
        Assert.True(seen.HyphenJoins > 0, "no sample had a hyphenated line end: " + seen);
        Assert.True(seen.Ligatures > 0, "no sample had a ligature: " + seen);
        Assert.True(seen.Pages > seen.Books, "every sample fit on one page: " + seen);
        Assert.True(seen.RepeatedReferences > 0, "no sample referred to a note twice: " + seen);
        Assert.True(seen.ContinuedNotes > 0, "no sample had a note continued on the next page: " + seen);
    }

    /// <summary>Builds one manuscript and checks every property; returns what the build met.</summary>
    internal static EditionCoverage Check(GeneratedBook book, string manuscript, string extension)
    {
        using var scratch = new ScratchFolder();
        var path = scratch.Write("book" + extension, manuscript);
        var built = Publisher.Create(Style.Value).Build(new BuildRequest([path], scratch.File("out"), BuildDate: Editions.BuildDate));
        var result = Assert.Single(built.Manuscripts);
        Assert.True(built.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(result.Elapsed < Budget, $"the build took {result.Elapsed}, over its budget of {Budget}");
        var document = result.Document!;

        // The oracle is the generator: the words, notes and markers it put in the manuscript, not what the reader
        // made of them, so a reader that drops a paragraph or a note fails here as surely as an edition that does.
        var legacy = extension == ".txt";
        var expectedBody = book.BodyWords(legacy);
        var expectedNotes = book.NoteWords(legacy);
        var expectedMarkers = book.MarkerNumbers();

        // The reader's side first, so a failure says whether the model or an edition lost something.
        Assert.Equal(expectedBody, WordList.Of(PlainText.Of(document.FrontMatter.Concat(document.Body), withNoteMarkers: false)));
        AssertNotes(expectedNotes, [.. document.Notes.Select(n => (n.Number, WordList.Of(PlainText.Of(n.Content, withNoteMarkers: false))))], "model");
        Assert.Equal(expectedMarkers, DocumentWalker.InlinesOutsideNotes(document).OfType<NoteReferenceInline>().Select(r => r.Note.Number));

        EpubText epub;
        using (var stream = File.OpenRead(EditionPath(result, EditionFormats.Epub)))
        {
            epub = EpubText.Read(stream);
        }

        Assert.Equal(expectedBody, epub.BodyWords);
        Assert.Equal(expectedMarkers, epub.Markers);
        Assert.Empty(epub.UnresolvedReferences);
        AssertNotes(expectedNotes, epub.Notes, "EPUB");

        var pdf = PdfText.Read(File.ReadAllBytes(EditionPath(result, EditionFormats.Pdf)));
        var titleBlock = book.TitleBlockWords();
        var known = new HashSet<string>([.. titleBlock, .. expectedBody, .. expectedNotes.SelectMany(n => n.Words)], StringComparer.Ordinal);
        Assert.Equal([.. titleBlock, .. expectedBody], pdf.FlowWords(known));
        Assert.Equal(expectedMarkers, pdf.Markers);
        AssertNotes(expectedNotes, pdf.Notes(known), "PDF");
        return new EditionCoverage(1, pdf.Pages, pdf.HyphenJoins, pdf.Ligatures, pdf.ContinuedNotes, expectedMarkers.Count - expectedMarkers.Distinct().Count());
    }

    private static void AssertNotes(List<(int Number, List<string> Words)> expected, List<(int Number, List<string> Words)> actual, string edition)
    {
        Assert.True(expected.Select(n => n.Number).SequenceEqual(actual.Select(n => n.Number)), $"{edition} notes: expected [{string.Join(", ", expected.Select(n => n.Number))}], got [{string.Join(", ", actual.Select(n => n.Number))}]");
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Words, actual[i].Words);
        }
    }

    private static string EditionPath(ManuscriptResult result, EditionFormats format) => result.Outputs.Single(o => o.Format == format).Path;
}
