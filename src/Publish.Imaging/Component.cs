namespace Publish.Imaging;

/// <summary>A frame component: its id and its horizontal and vertical sampling factors.</summary>
internal sealed record Component(int Id, int H, int V);
