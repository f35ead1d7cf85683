using System.Globalization;
using Publish.Imaging;
using Publish.Manuscript.Input;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;

namespace Publish.Manuscript.Legacy;

/// <summary>
/// A <c>Photo:</c> caption becomes a figure. The archive exports no image reference, so the photo is looked
/// up beside the manuscript (and in <c>images/</c>) by the manuscript's base name: the first photo as
/// <c>&lt;base&gt;.jpg|jpeg|png|webp</c>, the n-th (n ≥ 2) as <c>&lt;base&gt;-n.*</c>, then <c>&lt;base&gt;_n.*</c>.
/// No file: the figure keeps its caption with no image and a warning (PUB1201); a file that resolves outside
/// the manuscript's folder is refused with an error (PUB1202).
/// </summary>
internal static class LegacyFigureBuilder
{
    public static FigureBlock Build(
        System.Collections.Immutable.ImmutableArray<Inline> caption, int photoNumber, SourceSpan span, ManuscriptText source, DiagnosticBag diagnostics)
    {
        var baseName = Path.GetFileNameWithoutExtension(source.FullPath);
        var names = photoNumber == 1
            ? new[] { baseName }
            : [string.Create(CultureInfo.InvariantCulture, $"{baseName}-{photoNumber}"), string.Create(CultureInfo.InvariantCulture, $"{baseName}_{photoNumber}")];
        foreach (var name in names)
        {
            var lookup = ImageLocator.FindBeside(source.Folder, name);
            switch (lookup.Status)
            {
                case ImageLookupStatus.Found:
                    return FigureImageReport.Accept(ImageInspector.Inspect(lookup.Path), lookup.Path, span, diagnostics) is { } facts
                        ? new FigureBlock(caption, new ImageSource(lookup.Path, null) { Facts = facts }, span)
                        : new FigureBlock(caption, null, span);
                case ImageLookupStatus.Outside:
                    diagnostics.Error(DiagnosticCodes.ImageOutsideManuscriptFolder, span, $"the photo file for this caption ({name}.*) lies outside the manuscript's folder; refused");
                    return new FigureBlock(caption, null, span);
                case ImageLookupStatus.Missing:
                    break;
                default:
                    throw new InvalidOperationException($"Unknown lookup status {lookup.Status}.");
            }
        }

        diagnostics.Warning(
            DiagnosticCodes.ImageFileMissing,
            span,
            $"no photo file for this caption: looked for {string.Join(" or ", names.Select(n => n + ".jpg|jpeg|png|webp"))} beside the manuscript and in images/; the caption is set without a photo");
        return new FigureBlock(caption, null, span) { MissingFile = names[0] + ".jpg|jpeg|png|webp" };
    }
}
