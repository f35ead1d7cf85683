using Publish.Styles;

namespace Publish.Engine.Editions;

/// <summary>The edition writers this version of Publish has, configured with a house style.</summary>
public static class EditionWriters
{
    public static IReadOnlyList<IEditionWriter> Create(HouseStyle style) => [new PdfEditionWriter(), new EpubEditionWriter(style)];

    /// <summary>The file extensions of every edition this version can write (for removing editions without a style).</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".pdf", ".epub"];
}
