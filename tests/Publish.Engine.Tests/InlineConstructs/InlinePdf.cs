using System.Collections.Immutable;
using Publish.Engine.Editions;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;
using Publish.Typesetting.Layout;

namespace Publish.Engine.Tests.InlineConstructs;

/// <summary>
/// A document built in code, laid out with the default house style and written as the PDF the build writes: the frames
/// (where the layout put each glyph run, rule, link and destination) and the PDF file to read back with PdfPig.
/// </summary>
internal sealed class InlinePdf : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    private InlinePdf(Document document)
    {
        var style = StyleResolver.Load(Repo.DefaultStyle, Diagnostics) ?? throw new InvalidOperationException(string.Join("\n", Diagnostics.ToImmutableSorted()));
        Print = new PrintLayout(style).Layout(document, Editions.BuildDate, "InlinePdf", Diagnostics);
        Path = _scratch.File("inline.pdf");
        using var pdf = File.Create(Path);
        new PdfEditionWriter().Write(document, new EditionContext(Editions.BuildDate, Diagnostics, Print), pdf);
    }

    public DiagnosticBag Diagnostics { get; } = new();

    public PrintEdition Print { get; }

    public string Path { get; }

    public static SourceSpan Span(int line, int column = 1) => new("inline.md", line, column);

    public static TextInline Text(string text, int line = 1, int column = 1) => new(text, Span(line, column));

    public static ParagraphBlock Paragraph(int line, params Inline[] content) => new([.. content], Span(line));

    public static InlinePdf Of(string language, params Block[] body) => new(new Document
    {
        SourcePath = "inline.md",
        Dialect = ManuscriptDialect.Markdown,
        Metadata = new Metadata { Title = "Inline constructs", Authors = ["A. Author"], Language = language },
        Body = [.. body],
    });

    public static InlinePdf Of(params Block[] body) => Of("en", body);

    public void Dispose() => _scratch.Dispose();
}
