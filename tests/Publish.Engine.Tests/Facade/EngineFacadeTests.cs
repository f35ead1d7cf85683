using Publish.Engine.Editions;
using Publish.Engine.Importing;
using Publish.Model.Diagnostics;
using Publish.Styles;
using UglyToad.PdfPig;

namespace Publish.Engine.Tests.Facade;

/// <summary>
/// The engine's front door as a library sees it: the style is loaded from the request, inspect and import go
/// through the engine, and an edition gets the print layout because it declares it needs it, whatever its format.
/// </summary>
public sealed class EngineFacadeTests : IDisposable
{
    private const string Article = "---\ntitle: Facade\n---\n\nA paragraph.\n";

    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    /// <summary>The style file of the request, not the default, sets the page: the A5 style's 148 mm (≈ 420 pt) wide pages.</summary>
    [Fact]
    public void The_engine_loads_the_style_the_request_names()
    {
        var manuscript = _scratch.Write("a.md", Article);
        var a5 = new BuildRequest([manuscript], _scratch.File("a5"), StylePath: Path.Combine(Repo.Root, "styles", "a5.yaml"), BuildDate: Editions.BuildDate, Formats: EditionFormats.Pdf);
        var byDefault = a5 with { OutputFolder = _scratch.File("default"), StylePath = Repo.DefaultStyle };

        var diagnostics = new DiagnosticBag();
        var a5Width = PageWidth(Publisher.For(a5, diagnostics)!.Build(a5));
        var defaultWidth = PageWidth(Publisher.For(byDefault, diagnostics)!.Build(byDefault));

        Assert.Empty(diagnostics.ToImmutableSorted());
        Assert.InRange(a5Width, 419, 421);
        Assert.InRange(defaultWidth, 594, 596);
    }

    [Fact]
    public void A_style_that_does_not_load_gives_no_publisher_and_its_errors_at_their_line()
    {
        var style = _scratch.Write("broken.yaml", "page:\n  size: Z9\n");
        var request = new BuildRequest([_scratch.Write("a.md", Article)], _scratch.File("out"), StylePath: style);

        var diagnostics = new DiagnosticBag();
        var publisher = Publisher.For(request, diagnostics);

        Assert.Null(publisher);
        Assert.Contains(diagnostics.ToImmutableSorted(), d => d.Severity == DiagnosticSeverity.Error && d.Code == StyleDiagnosticCodes.InvalidPageSize && d.Span.File == style && d.Span.Line == 2);
        Assert.False(Directory.Exists(_scratch.File("out")), "a configuration error touched the output folder");
    }

    [Fact]
    public void Inspect_reads_through_the_engine_with_the_reading_options()
    {
        var legacy = _scratch.Write("a.md", "Title Line\n\nA paragraph.\n");

        var asMarkdown = Publisher.Inspect(legacy);
        var asLegacy = Publisher.Inspect(legacy, new ReadingOptions(Model.ManuscriptDialect.Legacy));

        Assert.Contains("\"dialect\": \"markdown\"", asMarkdown.ToJson(), StringComparison.Ordinal);
        Assert.Contains("\"dialect\": \"legacy\"", asLegacy.ToJson(), StringComparison.Ordinal);
        Assert.NotNull(asLegacy.Document);
    }

    [Fact]
    public void Import_refuses_its_own_source_before_reading_and_writes_markdown_otherwise()
    {
        var source = _scratch.Write("a.md", Article);
        var target = _scratch.File("b.md");

        var refused = Publisher.Import(source, source);
        var written = Publisher.Import(source, target);

        Assert.Equal(ImportOutcome.TargetRefused, refused.Outcome);
        Assert.Equal(EngineDiagnosticCodes.OutputPathRefused, Assert.Single(refused.Diagnostics).Code);
        Assert.Equal(Article, File.ReadAllText(source));
        Assert.Equal(ImportOutcome.Written, written.Outcome);
        Assert.Contains("Facade", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.Contains("A paragraph.", File.ReadAllText(target), StringComparison.Ordinal);
    }

    /// <summary>
    /// The engine makes the print layout for whichever edition declares it <see cref="PrintLayoutUse.Required"/> —
    /// here one that calls itself the EPUB — and hands it to an edition that takes it when made; without a writer
    /// that requires it, an edition that merely takes it gets none.
    /// </summary>
    [Fact]
    public void The_print_layout_is_made_for_the_edition_that_declares_it_needs_it_not_for_a_format()
    {
        var manuscript = _scratch.Write("a.md", Article);
        var style = Style();
        var needs = new RecordingWriter(EditionFormats.Epub, PrintLayoutUse.Required);
        var takes = new RecordingWriter(EditionFormats.Pdf, PrintLayoutUse.WhenMade);
        var alone = new RecordingWriter(EditionFormats.Pdf, PrintLayoutUse.WhenMade);

        var both = new Publisher(style, [needs, takes], TestHooks.None).Build(new BuildRequest([manuscript], _scratch.File("both"), BuildDate: Editions.BuildDate));
        var single = new Publisher(style, [alone], TestHooks.None).Build(new BuildRequest([manuscript], _scratch.File("alone"), BuildDate: Editions.BuildDate));

        Assert.True(both.Succeeded && single.Succeeded);
        Assert.True(needs.GotLayout);
        Assert.True(takes.GotLayout);
        Assert.False(alone.GotLayout);
        Assert.True(Assert.Single(both.Manuscripts).Summary!.Pages > 0);
        Assert.Equal(0, Assert.Single(single.Manuscripts).Summary!.Pages);
    }

    [Fact]
    public void An_internal_error_hook_passed_in_fails_that_manuscript_only()
    {
        var failing = _scratch.Write("book/a.md", Article);
        var other = _scratch.Write("book/b.md", Article.Replace("Facade", "Other", StringComparison.Ordinal));
        var publisher = Publisher.Create(Style(), new TestHooks(InternalErrorIn: "a.md"));

        var result = publisher.Build(new BuildRequest([_scratch.File("book")], _scratch.File("out"), BuildDate: Editions.BuildDate));

        Assert.True(result.Manuscripts.Single(m => m.Source == failing).HasInternalError);
        Assert.True(result.Manuscripts.Single(m => m.Source == other).Succeeded);
    }

    private static double PageWidth(BuildResult result)
    {
        using var pdf = PdfDocument.Open(Assert.Single(Assert.Single(result.Manuscripts).Outputs).Path);
        return pdf.GetPage(1).Width;
    }

    private static HouseStyle Style()
    {
        var diagnostics = new DiagnosticBag();
        return StyleResolver.Load(Repo.DefaultStyle, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.ToImmutableSorted()));
    }
}
