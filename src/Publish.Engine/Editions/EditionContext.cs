using Publish.Model.Diagnostics;
using Publish.Model.Input;
using Publish.Typesetting.Layout;

namespace Publish.Engine.Editions;

/// <summary>
/// What an edition writer gets besides the document: the build date, where to report, and the print layout
/// when a requested edition declares it <see cref="PrintLayoutUse.Required"/> (computed once and shared: the PDF draws
/// it, the EPUB takes its page map), else null; and the build's font files (read once, shared by the layout and the
/// EPUB; null: each writer reads its own). <see cref="PrintProfile"/> and <see cref="PdfStandard"/> are what the build asks
/// of the PDF: the standards it claims follow from both.
/// </summary>
public sealed record EditionContext(DateTimeOffset BuildDate, DiagnosticBag Diagnostics, PrintEdition? Print, FontFileStore? Fonts = null)
{
    public PrintProfile PrintProfile { get; init; } = PrintProfile.Default;

    public PdfStandard PdfStandard { get; init; } = PdfStandard.Profile;

    /// <summary>Page content streams deflated by an earlier build of the same book (issue 20); null: none.</summary>
    public Publish.Pdf.IContentStreamCache? ContentStreams { get; init; }
}
