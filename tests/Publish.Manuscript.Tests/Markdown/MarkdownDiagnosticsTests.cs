using Publish.Manuscript.Markdown;
using Publish.Model;
using Publish.Model.Diagnostics;

namespace Publish.Manuscript.Tests.Markdown;

/// <summary>Every diagnostic of the Markdown reader, with its exact code, severity, line and column.</summary>
public sealed class MarkdownDiagnosticsTests
{
    private const string Front = "---\ntitle: T\n---\n\n";

    public static TheoryData<string, string, DiagnosticSeverity, int, int> SingleDiagnosticCases => new()
    {
        { Front + "Text[^missing] here.\n", DiagnosticCodes.NoteReferenceWithoutDefinition, DiagnosticSeverity.Error, 5, 5 },
        { Front + "> Quoted *em* and [^nope].\n", DiagnosticCodes.NoteReferenceWithoutDefinition, DiagnosticSeverity.Error, 5, 19 },
        { Front + "Text.\n\n[^unused]: Never cited.\n", DiagnosticCodes.NoteDefinedButNeverReferenced, DiagnosticSeverity.Warning, 7, 1 },
        { Front + "![A lost photo](missing.png)\n", DiagnosticCodes.ImageFileMissing, DiagnosticSeverity.Warning, 5, 1 },
        { Front + "Intro.\n\n![Outside](../../etc/passwd)\n", DiagnosticCodes.ImageOutsideManuscriptFolder, DiagnosticSeverity.Error, 7, 1 },
        { Front + "A [bad link](javascript:alert(1)) here.\n", DiagnosticCodes.UnsafeLinkTargetDropped, DiagnosticSeverity.Warning, 5, 3 },
        { Front + "A [relative](page.html) link.\n", DiagnosticCodes.UnsafeLinkTargetDropped, DiagnosticSeverity.Warning, 5, 3 },
        { "---\ntitle: T\nauthor: [unclosed\nlang: en\n---\n\nText.\n", DiagnosticCodes.FrontMatterInvalid, DiagnosticSeverity.Error, 2, 1 },
        { "---\ntitle: T\nlang: en\n- item\n---\n\nText.\n", DiagnosticCodes.FrontMatterInvalid, DiagnosticSeverity.Error, 4, 1 },
        { "---\ntitle: T\n\nText without a closing line.\n", DiagnosticCodes.FrontMatterInvalid, DiagnosticSeverity.Error, 1, 1 },
        { "Just text, no title anywhere.\n", DiagnosticCodes.FrontMatterInvalid, DiagnosticSeverity.Error, 1, 1 },
        { "---\ntitle: T\nautor: Misspelt\n---\n\nText.\n", DiagnosticCodes.FrontMatterUnknownKey, DiagnosticSeverity.Warning, 3, 1 },
        { Front + "Some <br> text.\n", DiagnosticCodes.RawHtmlDropped, DiagnosticSeverity.Warning, 5, 6 },
        { Front + "Text.\n\n<div>\n<p>Block text</p>\n</div>\n", DiagnosticCodes.RawHtmlDropped, DiagnosticSeverity.Warning, 7, 1 },
        { Front + "Text with ![an icon](icon.png) inside.\n", MarkdownDiagnosticCodes.InlineImageKeptAsText, DiagnosticSeverity.Warning, 5, 11 },
    };

    [Theory]
    [MemberData(nameof(SingleDiagnosticCases))]
    public void Reports_exactly_one_diagnostic_with_its_code_and_position(string markdown, string code, DiagnosticSeverity severity, int line, int column)
    {
        var (_, diagnostics) = MarkdownTestFiles.ReadString(markdown);

        var diagnostic = Assert.Single(diagnostics.ToImmutableSorted());
        Assert.Equal((code, severity, line, column), (diagnostic.Code, diagnostic.Severity, diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Fact]
    public void A_label_defined_twice_is_an_error_at_the_second_definition_naming_the_first()
    {
        var (_, diagnostics) = MarkdownTestFiles.ReadString(Front + "Text[^a].\n\n[^a]: One.\n\n[^a]: Two.\n");

        var diagnostic = Assert.Single(diagnostics.ToImmutableSorted());
        Assert.Equal((DiagnosticCodes.NoteLabelDefinedTwice, DiagnosticSeverity.Error, 9), (diagnostic.Code, diagnostic.Severity, diagnostic.Span.Line));
        Assert.Contains("line 7", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_note_referenced_inside_a_note_is_flattened_with_a_warning_and_never_loops()
    {
        var (document, diagnostics) = MarkdownTestFiles.ReadString(Front + "Text[^a].\n\n[^a]: See[^b].\n\n[^b]: Back to[^a].\n");

        Assert.Equal(
            [(DiagnosticCodes.NoteInsideNoteFlattened, 7), (DiagnosticCodes.NoteDefinedButNeverReferenced, 9)],
            diagnostics.ToImmutableSorted().Select(d => (d.Code, d.Span.Line)));
        var note = Assert.Single(document!.Notes);
        Assert.Equal("See[^b].", Publish.Model.PlainText.Of(note.Content));
    }

    [Fact]
    public void An_escaped_note_marker_is_text_not_an_undefined_reference()
    {
        var (document, diagnostics) = MarkdownTestFiles.ReadString(Front + "Literal \\[^x] stays.\n");

        Assert.Equal(0, diagnostics.Count);
        Assert.Equal("Literal [^x] stays.", Publish.Model.PlainText.Of(document!.Body));
    }

    [Fact]
    public void Raw_html_keeps_its_text()
    {
        var (document, _) = MarkdownTestFiles.ReadString(Front + "Some <b>bold</b> text.\n\n<div>\n<p>Block &amp; text</p>\n</div>\n");

        Assert.Equal("Some bold text.\n\nBlock & text", Publish.Model.PlainText.Of(document!.Body));
    }

    [Fact]
    public void Quotes_nested_past_the_limit_are_refused_with_PUB1006()
    {
        var depth = MarkdownLimits.MaxNestingDepth + 5;
        var (_, diagnostics) = MarkdownTestFiles.ReadString(Front + "Intro.\n\n" + new string('>', depth) + " deep\n");

        var diagnostic = Assert.Single(diagnostics.ToImmutableSorted());
        Assert.Equal((DiagnosticCodes.NestingTooDeep, DiagnosticSeverity.Error, 7), (diagnostic.Code, diagnostic.Severity, diagnostic.Span.Line));
    }

    [Theory]
    [InlineData(">", 100_000)]
    [InlineData("> ", 200)]
    [InlineData("- ", 5_000)]
    [InlineData("[", 100_000)]
    public void Pathological_nesting_is_refused_with_PUB1006_without_overflowing_the_stack(string unit, int count)
    {
        var (diagnostics, cpu) = ThreadCpuClock.Measure(() => MarkdownTestFiles.ReadString(Front + string.Concat(Enumerable.Repeat(unit, count)) + "x\n").Diagnostics);

        Assert.True(cpu < TimeSpan.FromSeconds(10), $"took {cpu} of CPU");
        var diagnostic = Assert.Single(diagnostics.ToImmutableSorted());
        Assert.Equal((DiagnosticCodes.NestingTooDeep, DiagnosticSeverity.Error), (diagnostic.Code, diagnostic.Severity));
    }

    [Theory]
    [InlineData("*a ", 200)]
    [InlineData("[a](", 5_000)]
    public void Pathological_inline_runs_are_read_as_text_in_bounded_time(string unit, int count)
    {
        var (read, cpu) = ThreadCpuClock.Measure(() => MarkdownTestFiles.ReadString(Front + string.Concat(Enumerable.Repeat(unit, count)) + "x\n"));
        var (document, diagnostics) = read;

        Assert.True(cpu < TimeSpan.FromSeconds(10), $"took {cpu} of CPU");
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToImmutableSorted().Take(3)));
        Assert.StartsWith(unit, Publish.Model.PlainText.Of(document!.Body), StringComparison.Ordinal);
    }
}
