namespace Publish.Typesetting.Layout;

/// <summary>A bookmark to be: its title, the named destination it points at, and its outline level.</summary>
internal sealed record OutlineTarget(string Title, string Destination, int Level);
