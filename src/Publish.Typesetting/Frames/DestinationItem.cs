namespace Publish.Typesetting.Frames;

/// <summary>A named destination (note <c>fn3</c>, marker <c>fnref3</c>, heading <c>sec-2</c>) at a point of the page.</summary>
public sealed record DestinationItem(string Name, double X, double Y) : FrameItem;
