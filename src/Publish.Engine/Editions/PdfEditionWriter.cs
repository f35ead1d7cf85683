using Publish.Engine.Budget;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Model.Input;
using Publish.Pdf;
using Publish.Pdf.Color;
using Publish.Styles;

namespace Publish.Engine.Editions;

/// <summary>
/// The print edition: the shared print layout, written by our PDF writer, claiming the standards the build asks for
/// (<see cref="EditionContext.PdfStandard"/>, <see cref="EditionContext.PrintProfile"/>) on the style's output intent.
/// </summary>
public sealed class PdfEditionWriter : IEditionWriter
{
    private readonly HouseStyle? _style;

    /// <summary>The style's press printing condition, read once per writer (a build writes many manuscripts).</summary>
    private readonly Lazy<(OutputIntent? Intent, string? Problem)> _pressIntent;

    public PdfEditionWriter(HouseStyle? style = null)
    {
        _style = style;
        _pressIntent = new Lazy<(OutputIntent?, string?)>(ReadPressIntent);
    }

    public EditionFormats Format => EditionFormats.Pdf;

    public string Extension => ".pdf";

    public PrintLayoutUse PrintLayout => PrintLayoutUse.Required;

    public BuildStage Stage => BuildStage.WritingPdf;

    public void Write(Document document, EditionContext context, Stream output)
    {
        var print = (context.Print ?? throw new InvalidOperationException("The PDF edition needs the print layout.")).Document;
        PdfConformance conformance;
        if (context.PdfStandard == PdfStandard.None)
        {
            conformance = PdfConformance.None;
        }
        else if (context.PrintProfile == PrintProfile.Press)
        {
            var (intent, problem) = _pressIntent.Value;
            if (intent is null)
            {
                // The style loader checked the file; one replaced since then is refused here, nothing written.
                context.Diagnostics.Error(EngineDiagnosticCodes.EditionInputRefused, SourceSpan.WholeFile(_style?.Press?.ProfileFile ?? string.Empty),
                    $"the press output profile cannot be used: {problem}");
                return;
            }

            conformance = PdfConformance.Press(intent);
        }
        else
        {
            conformance = PdfConformance.Archive;
        }

        new PdfWriter { Conformance = conformance, ContentStreams = context.ContentStreams }.Write(print, output);
    }

    private (OutputIntent? Intent, string? Problem) ReadPressIntent()
    {
        if (_style?.Press is not { } press)
        {
            return (OutputIntent.Fogra39, null);
        }

        try
        {
            var profile = IccProfile.Parse(SharedInputFiles.Read(press.ProfileFile, Styles.Reading.OutputProfileCheck.MaxProfileBytes, "ICC profile").Bytes);
            if (Styles.Reading.OutputProfileCheck.Problem(profile.Data.Span) is { } problem)
            {
                return (null, problem);
            }

            return (new OutputIntent(profile, press.ConditionIdentifier, OutputIntent.IccRegistry, press.ConditionIdentifier), null);
        }
        catch (Exception e) when (e is InputFileException or InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return (null, e.Message);
        }
    }
}
