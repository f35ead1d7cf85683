using Publish.Model;
using Publish.Styles;

namespace Publish.Engine.Editions;

/// <summary>
/// The edition writers this version of Publish has, configured with a house style. Their order is the order their
/// diagnostics are merged in, and the first requested one names the writing stage (they are written side by side):
/// the one that usually takes longer comes first.
/// </summary>
public static class EditionWriters
{
    public static IReadOnlyList<IEditionWriter> Create(HouseStyle style) => [new PdfEditionWriter(style), new EpubEditionWriter(style)];

    /// <summary>
    /// Every edition format this version can write, with its file extension, without needing a style: for finding a
    /// manuscript's editions on disk whatever formats a build asks for (stale editions, paths a report must not take).
    /// </summary>
    public static IReadOnlyList<(EditionFormats Format, string Extension)> Kinds { get; } = [(EditionFormats.Pdf, ".pdf"), (EditionFormats.Epub, ".epub")];
}
