using System.Globalization;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Layout;

/// <summary>
/// Ties a line's frame items to its structure element: glyph runs and images take the element's id, and each
/// link gets a Link element of its own under it (PDF/UA wants every link annotation in a Link element) with a
/// description of where it goes.
/// </summary>
internal sealed class StructureTag
{
    private readonly StructureBuilder _builder;

    public StructureTag(StructureBuilder builder, int elementId)
    {
        _builder = builder;
        ElementId = elementId;
    }

    public int ElementId { get; }

    public FrameItem Apply(FrameItem item) => item switch
    {
        GlyphRun run => run with { StructureId = ElementId },
        ImageItem image => image with { StructureId = ElementId },
        LinkItem link => link with { StructureId = _builder.Add(ElementId, StructureRole.Link), Description = Describe(link) },
        _ => item,
    };

    /// <summary>Note links are named by the layout's convention: <c>fn3</c> is note 3, <c>fnref3</c> its marker.</summary>
    private static string? Describe(LinkItem link) => link.Destination switch
    {
        null => null,
        var d when d.StartsWith("fnref", StringComparison.Ordinal) => string.Create(CultureInfo.InvariantCulture, $"Back to the reference to note {d[5..]}"),
        var d when d.StartsWith("fn", StringComparison.Ordinal) => string.Create(CultureInfo.InvariantCulture, $"Note {d[2..]}"),
        var d => "Go to " + d,
    };
}
