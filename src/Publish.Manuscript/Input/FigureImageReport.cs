using System.Globalization;
using Publish.Imaging;
using Publish.Model;
using Publish.Model.Diagnostics;

namespace Publish.Manuscript.Input;

/// <summary>
/// Reports what <see cref="ImageInspector"/> found about a figure's file: a refused image as an error with its
/// stable code (PUB1204 unreadable, PUB1205 too large), an animation as a warning (PUB1206), each naming the file.
/// </summary>
internal static class FigureImageReport
{
    /// <summary>The facts of an image that may be used; null (and an error reported) when it is refused.</summary>
    public static Model.Blocks.ImageFacts? Accept(ImageInspection inspection, string path, SourceSpan span, DiagnosticBag diagnostics)
    {
        var name = Path.GetFileName(path);
        if (inspection.Facts is not { } facts)
        {
            diagnostics.Error(Code(inspection.Refusal!.Value), span, $"image '{name}' is refused: {inspection.Problem}");
            return null;
        }

        if (inspection.Frames > 1)
        {
            diagnostics.Warning(
                InputDiagnosticCodes.AnimatedImageFirstFrameOnly,
                span,
                string.Create(CultureInfo.InvariantCulture, $"image '{name}' is animated ({inspection.Frames} frames); the print edition shows only its first frame"));
        }

        return facts;
    }

    public static string Code(ImageRefusal refusal) => refusal switch
    {
        ImageRefusal.Unreadable => InputDiagnosticCodes.ImageUnreadable,
        ImageRefusal.TooLarge => InputDiagnosticCodes.ImageTooLarge,
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, null),
    };
}
