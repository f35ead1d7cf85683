using Publish.Pdf.Tests.Support;
using Publish.Typesetting.Frames;

namespace Publish.Pdf.Tests;

/// <summary>
/// Code keeps its indentation in the text layer (issue 16): its space glyphs at the start of a run, and runs of two
/// or more, are wrapped with the glyph after them in an /ActualText span, which Poppler reads as written (it takes a
/// U+0020 glyph only as a word boundary); running text is never wrapped.
/// </summary>
public sealed class PdfWriterCodeTextTests : IDisposable
{
    private const int Document = 0;
    private const int Code = 1;
    private const int Paragraph = 2;
    private readonly TestFont mono = new(RepositoryPaths.Font("DejaVuSansMono.ttf"));

    public void Dispose() => mono.Dispose();

    [Fact]
    public void Leading_spaces_and_runs_of_spaces_in_code_carry_their_text_as_actual_text()
    {
        var pdf = new RawPdf(Pdf());
        var text = pdf.StreamText(RawPdf.Reference(pdf.Dictionary(pdf.Pages[0]), "/Contents"));

        // "    i" and "   #" (UTF-16BE), each once; the paragraph's leading space is not wrapped.
        Assert.Contains("/Span <</ActualText <FEFF00200020002000200069>>> BDC", text, StringComparison.Ordinal);
        Assert.Contains("/Span <</ActualText <FEFF0020002000200023>>> BDC", text, StringComparison.Ordinal);
        Assert.Equal(2, text.Split("/ActualText").Length - 1);
    }

    [ToolFact("pdftotext")]
    public void Poppler_raw_text_gives_the_code_back_as_written()
    {
        using var file = TempFile.With("code.pdf", Pdf());

        var (exitCode, output) = ExternalTool.Run("pdftotext", "-raw", "-enc", "UTF-8", file.Path, "-");

        Assert.Equal(0, exitCode);
        var lines = output.Split('\n');
        Assert.Contains("    if hour < 6:", lines);
        Assert.Contains("return \"low\"   # before dawn", lines);
    }

    private byte[] Pdf()
    {
        var page = Documents.Page(
            mono.Shape("    if hour < 6:", 9, 56, 100) with { StructureId = Code },
            mono.Shape("return \"low\"   # before dawn", 9, 56, 112) with { StructureId = Code },
            mono.Shape(" a paragraph", 9, 56, 140) with { StructureId = Paragraph });
        return new PdfWriter().WriteToArray(Documents.Of(page) with
        {
            Structure = [new(Document, null, StructureRole.Document), new(Code, Document, StructureRole.Code), new(Paragraph, Document, StructureRole.Paragraph)],
        });
    }
}
