using Publish.Engine.Budget;
using Publish.Model;
using Publish.Pdf;

namespace Publish.Engine.Editions;

/// <summary>The print edition: the shared print layout, written by our PDF writer.</summary>
public sealed class PdfEditionWriter : IEditionWriter
{
    public EditionFormats Format => EditionFormats.Pdf;

    public string Extension => ".pdf";

    public PrintLayoutUse PrintLayout => PrintLayoutUse.Required;

    public BuildStage Stage => BuildStage.WritingPdf;

    public void Write(Document document, EditionContext context, Stream output) =>
        new PdfWriter().Write((context.Print ?? throw new InvalidOperationException("The PDF edition needs the print layout.")).Document, output);
}
