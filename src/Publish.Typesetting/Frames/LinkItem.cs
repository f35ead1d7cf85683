namespace Publish.Typesetting.Frames;

/// <summary>
/// A clickable rectangle (top-left corner at X,Y). Exactly one of <see cref="Uri"/> (an external link)
/// and <see cref="Destination"/> (a <see cref="DestinationItem.Name"/> in this document) is set.
/// </summary>
public sealed record LinkItem(double X, double Y, double Width, double Height, string? Uri, string? Destination) : FrameItem
{
    /// <summary>The <see cref="StructureRole.Link"/> element the annotation belongs to, if the document is tagged.</summary>
    public int? StructureId { get; init; }

    /// <summary>Where the link goes, in words ("Note 3"), for assistive technology; the URI stands in when null.</summary>
    public string? Description { get; init; }

    /// <summary>
    /// The cross-reference this link shows (its position in the manuscript), so the layout can find the page each
    /// reference is printed on and say "on p. 14" only where the target is elsewhere; the PDF writer ignores it.
    /// </summary>
    public Publish.Model.SourceSpan? Reference { get; init; }
}
