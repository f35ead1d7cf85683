namespace Publish.Typesetting.Frames;

/// <summary>
/// A clickable rectangle (top-left corner at X,Y). Exactly one of <see cref="Uri"/> (an external link)
/// and <see cref="Destination"/> (a <see cref="DestinationItem.Name"/> in this document) is set.
/// </summary>
public sealed record LinkItem(double X, double Y, double Width, double Height, string? Uri, string? Destination) : FrameItem;
